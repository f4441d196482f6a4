/*
 * Timing driver of the entry-check benchmark: the generated vmx_entry_checks() against the
 * KVM-shaped hand-written checks of the same conditions (kvm_shape_checks.h).
 *
 * usage: checks_harness STATES ITERATIONS REPETITIONS
 * STATES holds records of a vmcs12 region, a nested-state header, the IA32_VMX_* MSRs in
 * IA32_VMX_BASIC..PROCBASED_CTLS3 order, the CPUID bits and MAXPHYADDR; the first record is
 * the state timed (a running L2 that passes every check, KVM's common case, where its CC()
 * chain cannot stop early), every record is verified first: the hand-written checks refuse
 * exactly the states in which the generated ones find a broken check (the eVMCS check aside,
 * which the generated code leaves undecided). Prints "<key> <repetition> <ns per call>".
 */
#define _POSIX_C_SOURCE 199309L

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "vmx_entry_checks.h"
#include "kvm_shape_checks.h"

#if defined(__clang__)
#define BENCH_NOINLINE __attribute__((noinline))
#else
#define BENCH_NOINLINE __attribute__((noipa))
#endif

#define NR_MSRS 19

struct bench_state {
	unsigned char region[4096];
	unsigned char header[128];
	uint64_t msrs[NR_MSRS];
	uint64_t cpuid;
	uint32_t maxphyaddr;
};

static struct vmx_entry_caps caps_of(const struct bench_state *s)
{
	struct vmx_entry_caps caps;
	uint64_t *members[NR_MSRS] = {
		&caps.basic, &caps.pinbased_ctls, &caps.procbased_ctls, &caps.exit_ctls,
		&caps.entry_ctls, &caps.misc, &caps.cr0_fixed0, &caps.cr0_fixed1,
		&caps.cr4_fixed0, &caps.cr4_fixed1, &caps.vmcs_enum, &caps.procbased_ctls2,
		&caps.ept_vpid_cap, &caps.true_pinbased_ctls, &caps.true_procbased_ctls,
		&caps.true_exit_ctls, &caps.true_entry_ctls, &caps.vmfunc, &caps.procbased_ctls3,
	};
	int i;

	for (i = 0; i < NR_MSRS; i++)
		*members[i] = s->msrs[i];
	caps.cpuid = s->cpuid;
	caps.maxphyaddr = s->maxphyaddr;
	return caps;
}

/* What KVM computes once per vCPU: the low and high words of each control MSR. */
static struct kvm_shape_vcpu vcpu_of(const struct bench_state *s)
{
	int true_ctls = (s->msrs[0] >> 55) & 1;
	struct kvm_shape_vcpu vcpu;

	vcpu.pinbased_ctls_low = (uint32_t)s->msrs[true_ctls ? 13 : 1];
	vcpu.pinbased_ctls_high = (uint32_t)(s->msrs[true_ctls ? 13 : 1] >> 32);
	vcpu.procbased_ctls_low = (uint32_t)s->msrs[true_ctls ? 14 : 2];
	vcpu.procbased_ctls_high = (uint32_t)(s->msrs[true_ctls ? 14 : 2] >> 32);
	vcpu.exit_ctls_low = (uint32_t)s->msrs[true_ctls ? 15 : 3];
	vcpu.exit_ctls_high = (uint32_t)(s->msrs[true_ctls ? 15 : 3] >> 32);
	vcpu.entry_ctls_low = (uint32_t)s->msrs[true_ctls ? 16 : 4];
	vcpu.entry_ctls_high = (uint32_t)(s->msrs[true_ctls ? 16 : 4] >> 32);
	vcpu.secondary_ctls_low = (uint32_t)s->msrs[11];
	vcpu.secondary_ctls_high = (uint32_t)(s->msrs[11] >> 32);
	vcpu.maxphyaddr = s->maxphyaddr;
	vcpu.guest_has_vmx = (s->cpuid & VMX_ENTRY_CPUID_VMX) != 0;
	vcpu.enlightened_vmcs_enabled = 1;
	return vcpu;
}

static const struct bench_state *timed;
static struct vmx_entry_caps timed_caps;
static struct kvm_shape_vcpu timed_vcpu;

BENCH_NOINLINE static uint64_t run_generated(void)
{
	struct vmx_entry_check_result result;
	uint64_t any = 0;
	unsigned int i;

	vmx_entry_checks((const struct kvm_vmcs12 *)timed->region, NULL,
			 (const struct kvm_nested_state_header *)timed->header, &timed_caps, &result);
	for (i = 0; i < VMX_ENTRY_CHECK_WORDS; i++)
		any |= result.failed[i];
	return any;
}

BENCH_NOINLINE static uint64_t run_kvm_shape(void)
{
	return (uint64_t)kvm_shape_set_nested_state(
		&timed_vcpu, (const struct kvm_nested_state_header *)timed->header,
		(const struct kvm_vmcs12 *)timed->region);
}

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

static double time_calls(uint64_t (*fn)(void), long iterations)
{
	double start = now();
	uint64_t sink = 0;
	long i;

	for (i = 0; i < iterations; i++) {
		sink += fn();
		__asm__ volatile("" : : "r"(sink) : "memory");
	}
	return (now() - start) / (double)iterations;
}

int main(int argc, char **argv)
{
	static struct bench_state states[4096];
	struct { const char *key; uint64_t (*fn)(void); } fns[] = {
		{ "checks_generated", run_generated },
		{ "checks_kvm_shape", run_kvm_shape },
	};
	long iterations, repetitions, rep;
	size_t count, i;
	FILE *in;

	if (argc != 4 || !(in = fopen(argv[1], "rb")))
		return 2;
	count = fread(states, sizeof(states[0]), 4096, in);
	fclose(in);
	iterations = atol(argv[2]);
	repetitions = atol(argv[3]);
	for (i = 0; i < count; i++) {
		struct vmx_entry_caps caps = caps_of(&states[i]);
		struct kvm_shape_vcpu vcpu = vcpu_of(&states[i]);
		struct vmx_entry_check_result result;
		int refused = kvm_shape_set_nested_state(
			&vcpu, (const struct kvm_nested_state_header *)states[i].header,
			(const struct kvm_vmcs12 *)states[i].region) != 0;
		uint64_t failed = 0;
		unsigned int w;

		vmx_entry_checks((const struct kvm_vmcs12 *)states[i].region, NULL,
				 (const struct kvm_nested_state_header *)states[i].header, &caps,
				 &result);
		for (w = 0; w < VMX_ENTRY_CHECK_WORDS; w++)
			failed |= result.failed[w];
		if (refused != (failed != 0)) {
			unsigned int c = 0;

			while (c < VMX_ENTRY_NR_CHECKS && !vmx_entry_check_test(result.failed, c))
				c++;
			fprintf(stderr, "state %zu: hand-written %s, generated %s (%s)\n", i,
				refused ? "refuses" : "accepts", failed ? "refuses" : "accepts",
				failed ? vmx_entry_check_id(c) : "no check broken");
			return 1;
		}
	}
	if (!count)
		return 2;
	timed = &states[0];
	timed_caps = caps_of(timed);
	timed_vcpu = vcpu_of(timed);
	if (run_generated() || run_kvm_shape()) {
		fprintf(stderr, "the timed state must pass every check\n");
		return 1;
	}
	printf("# verified %zu states\n", count);
	for (rep = 0; rep < repetitions; rep++)
		for (i = 0; i < 2; i++) {
			size_t f = (i + (size_t)rep) % 2;

			printf("%s %ld %.3f\n", fns[f].key, rep, time_calls(fns[f].fn, iterations));
		}
	return 0;
}
