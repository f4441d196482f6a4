//! The generated crate's translations timed the way bench/vmcsbench/rust_suite.py times the
//! generated C: `rust_bench ITERATIONS REPETITIONS INPUTS` reads one source region per
//! translation (in the order of `translations::TRANSLATIONS`) from INPUTS, checks each
//! translation succeeds, then prints `<name> <repetition> <ns per call>` lines and, last,
//! `# <name> <checksum>` of what it wrote, which the suite compares with the C's.

use std::time::Instant;

use vmcsgen_vmcs::translations::{Run, TRANSLATIONS};

fn call(run: Run, src: &[u8], dst: &mut [u8]) {
    let result = match run {
        Run::Convert(f) | Run::Update(f) => f(src, dst),
        Run::UpdateClean(f) => f(src, dst, 0),
    };
    assert!(result.is_ok(), "{:?}", result);
}

fn region_size(layout: &str) -> usize {
    let info = vmcsgen_vmcs::LAYOUTS.iter().find(|l| l.name == layout);
    info.unwrap().region_size
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let iterations: u64 = args[1].parse().unwrap();
    let repetitions: u32 = args[2].parse().unwrap();
    let inputs = std::fs::read(&args[3]).unwrap();
    let mut offset = 0;
    let mut sources = Vec::new();
    for t in TRANSLATIONS.iter() {
        let size = region_size(t.source);
        sources.push(&inputs[offset..offset + size]);
        offset += size;
    }
    let mut dst = vec![0u8; 8192];
    for (t, src) in TRANSLATIONS.iter().zip(&sources) {
        for _ in 0..iterations / 10 + 1 {
            call(t.run, src, &mut dst);
        }
    }
    for rep in 0..repetitions {
        for (t, src) in TRANSLATIONS.iter().zip(&sources) {
            let start = Instant::now();
            for _ in 0..iterations {
                call(t.run, src, &mut dst);
            }
            let ns = start.elapsed().as_nanos() as f64 / iterations as f64;
            println!("{} {} {:.4}", t.name, rep, ns);
        }
    }
    for (t, src) in TRANSLATIONS.iter().zip(&sources) {
        dst.iter_mut().for_each(|b| *b = 0);
        call(t.run, src, &mut dst);
        let written = &dst[..region_size(t.target)];
        let sum = written.iter().enumerate().fold(0u64, |sum, (i, b)| {
            sum.wrapping_mul(31)
                .wrapping_add(u64::from(*b) ^ u64::from(i as u8))
        });
        println!("# {} {}", t.name, sum);
    }
}
