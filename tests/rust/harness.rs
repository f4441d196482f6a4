//! The generated crate driven from the tests: one command per stdin line, one JSON line per
//! command on stdout, compared with what the generated Python gives for the same input.
//!
//!   layout NAME HEX               members by name, VMREAD of every encoding, flags as Debug
//!   write NAME ENCODING VALUE HEX  VMWRITE, then the region or the error
//!   translate NAME CLEAN SRC DST   the translation, its blockers and what it discards
//!   nested LAYOUT HEX              the rules a nested-state blob breaks
//!   parse HEX                      a nested-state blob's header members and regions
//!   build NAME=VALUE.. - HEX..      a nested-state blob from header values and regions

use std::io::{self, BufRead, Write};

use vmcsgen_vmcs::kvm_nested_state::{self, KvmNestedState};
use vmcsgen_vmcs::translations::{self, NamedValue, Run, TranslationError, ValueList};
use vmcsgen_vmcs::{FieldError, LayoutInfo, LAYOUTS};

fn unhex(text: &str) -> Vec<u8> {
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&text[i..i + 2], 16).unwrap())
        .collect()
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{:02x}", b)).collect()
}

fn quoted(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}

fn layout(name: &str) -> &'static LayoutInfo {
    LAYOUTS
        .iter()
        .find(|l| l.name == name)
        .expect("a layout of the crate")
}

fn optional(value: Option<u64>) -> String {
    value.map_or("null".to_string(), |v| v.to_string())
}

fn values(list: &[NamedValue]) -> String {
    let items: Vec<String> = list
        .iter()
        .map(|v| {
            let encoding = v.encoding.map_or("null".to_string(), |e| e.to_string());
            let reason = quoted(v.reason);
            format!(
                "[{}, {}, {}, {}]",
                quoted(v.field),
                encoding,
                v.value,
                reason
            )
        })
        .collect();
    format!("[{}]", items.join(", "))
}

fn report(result: Result<ValueList, TranslationError>) -> String {
    match result {
        Ok(list) => values(list.values()),
        Err(_) => "\"error\"".to_string(),
    }
}

// fn flags(layout, region) -> Vec<(member, Debug of its flags)>, written by the test.
include!("flags.rs");

fn flag_json(name: &str, region: &[u8]) -> String {
    let found: Vec<String> = flags(name, region)
        .iter()
        .map(|(member, text)| format!("{}: {}", quoted(member), quoted(text)))
        .collect();
    format!("{{{}}}", found.join(", "))
}

fn main() {
    let stdin = io::stdin();
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    for line in stdin.lock().lines() {
        let line = line.unwrap();
        let words: Vec<&str> = line.split(' ').collect();
        let answer = match words[0] {
            "layout" => {
                let info = layout(words[1]);
                let region = unhex(words[2]);
                let members: Vec<String> = info
                    .members
                    .iter()
                    .filter_map(|m| (info.member)(&region, m.name).map(|v| (m.name, v)))
                    .map(|(name, v)| format!("{}: {}", quoted(name), v))
                    .collect();
                let reads: Vec<String> = info
                    .encodings
                    .iter()
                    .map(|a| {
                        format!(
                            "\"{}\": {}",
                            a.encoding,
                            optional((info.read_field)(&region, a.encoding))
                        )
                    })
                    .collect();
                format!(
                    "{{\"members\": {{{}}}, \"reads\": {{{}}}, \"flags\": {}}}",
                    members.join(", "),
                    reads.join(", "),
                    flag_json(words[1], &region)
                )
            }
            "write" => {
                let encoding: u32 = words[2].parse().unwrap();
                let value: u64 = words[3].parse().unwrap();
                let mut region = unhex(words[4]);
                match (layout(words[1]).write_field)(&mut region, encoding, value) {
                    Ok(()) => format!("{{\"region\": \"{}\"}}", hex(&region)),
                    Err(FieldError::NoSuchEncoding(_)) => "{\"error\": \"encoding\"}".to_string(),
                    Err(_) => "{\"error\": \"value\"}".to_string(),
                }
            }
            "translate" => {
                let info = translations::TRANSLATIONS
                    .iter()
                    .find(|t| t.name == words[1])
                    .unwrap();
                let clean: u32 = words[2].parse().unwrap();
                let src = unhex(words[3]);
                let mut dst = unhex(words[4]);
                let result = match info.run {
                    Run::Convert(run) | Run::Update(run) => run(&src, &mut dst),
                    Run::UpdateClean(run) => run(&src, &mut dst, clean),
                };
                let outcome = match result {
                    Ok(()) => format!("\"region\": \"{}\"", hex(&dst)),
                    Err(TranslationError::Blocked(blocked)) => {
                        format!("\"lost\": {}", values(blocked.values()))
                    }
                    Err(_) => "\"error\": true".to_string(),
                };
                let discarded = info
                    .discarded
                    .map_or("null".to_string(), |d| report(d(&src)));
                format!(
                    "{{{}, \"blockers\": {}, \"discarded\": {}}}",
                    outcome,
                    report((info.blockers)(&src)),
                    discarded
                )
            }
            "nested" => {
                let info = layout(words[1]);
                let blob = unhex(words.get(2).copied().unwrap_or(""));
                let broken = vmcsgen_vmcs::kvm_nested_state::violations(&blob, info.read_field);
                let ids: Vec<String> = broken.iter().map(|rule| quoted(rule.id)).collect();
                format!("{{\"rules\": [{}]}}", ids.join(", "))
            }
            "parse" => match KvmNestedState::new(unhex(words.get(1).copied().unwrap_or(""))) {
                Ok(state) => {
                    let members: Vec<String> = kvm_nested_state::MEMBER_NAMES
                        .iter()
                        .map(|name| format!("{}: {}", quoted(name), state.get(name).unwrap()))
                        .collect();
                    let regions: Vec<String> = kvm_nested_state::REGION_NAMES
                        .iter()
                        .map(|name| {
                            let held = state.region(name).map(hex);
                            let shown = held.map_or("null".to_string(), |h| quoted(&h));
                            format!("{}: {}", quoted(name), shown)
                        })
                        .collect();
                    format!(
                        "{{\"members\": {{{}}}, \"regions\": {{{}}}}}",
                        members.join(", "),
                        regions.join(", ")
                    )
                }
                Err(_) => "{\"error\": true}".to_string(),
            },
            "build" => {
                let split = words.iter().position(|w| *w == "-").unwrap();
                let mut header = kvm_nested_state::Header::default();
                for pair in &words[1..split] {
                    let (name, value) = pair.split_once('=').unwrap();
                    let value: u64 = value.parse().unwrap();
                    match name {
                        "flags" => header.flags = value as u16,
                        "format" => header.format = value as u16,
                        "size" => header.size = Some(value as u32),
                        "vmxon_pa" => header.vmxon_pa = value,
                        "vmcs12_pa" => header.vmcs12_pa = value,
                        "smm_flags" => header.smm_flags = value as u16,
                        "vmx_flags" => header.vmx_flags = value as u32,
                        "preemption_timer_deadline" => header.preemption_timer_deadline = value,
                        other => panic!("no header member {}", other),
                    }
                }
                let regions: Vec<Vec<u8>> = words[split + 1..].iter().map(|h| unhex(h)).collect();
                let borrowed: Vec<&[u8]> = regions.iter().map(|r| r.as_slice()).collect();
                let mut out = vec![0xa5u8; kvm_nested_state::SHAPES[2]];
                match kvm_nested_state::build(&mut out, &borrowed, &header) {
                    Ok(size) => format!("{{\"blob\": \"{}\"}}", hex(&out[..size])),
                    Err(_) => "{\"error\": true}".to_string(),
                }
            }
            other => panic!("unknown command {}", other),
        };
        writeln!(out, "{}", answer).unwrap();
    }
}
