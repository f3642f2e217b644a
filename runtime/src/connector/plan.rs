//! Which streams and partitions a run covers: the selection, its checks, `--list`, partition keys and shards.

use super::*;

/// The streams of a run and what each does, resolved from the command line.
#[derive(Debug)]
pub struct SyncPlan {
    pub(super) streams: &'static [StreamSpec],
    pub(super) entries: Vec<Entry>,
    pub(super) args: SyncArgs,
}

#[derive(Debug)]
pub(super) struct Entry {
    pub(super) stream: usize,
    /// Load its records (else only read them for its children).
    pub(super) load: bool,
    /// Runs as a root (its partition parameters all came from `--param`, or it has none).
    pub(super) root: bool,
    /// Entries of its child streams in this run.
    pub(super) children: Vec<usize>,
}

impl SyncPlan {
    /// The command line the plan was made from.
    pub fn args(&self) -> &SyncArgs {
        &self.args
    }

    /// Resolves which streams run: `args.operation`, else `--streams`, else with `--all`
    /// every stream that needs no `--param` (child streams included), else the streams
    /// selected in `apitap.toml`, else every root stream that needs no `--param`. A child
    /// stream's parent is read even when not selected (its records are then not loaded).
    pub fn new(streams: &'static [StreamSpec], args: &SyncArgs) -> Result<SyncPlan, String> {
        if streams.is_empty() {
            return Err("this API has no paginated list operation whose records have tables, so `sync` has no streams".into());
        }
        let find = |name: &str| {
            streams.iter().position(|s| s.name == name).ok_or_else(|| {
                let names: Vec<&str> = streams.iter().map(|s| s.name).collect();
                format!("unknown stream `{name}`; one of: {}", names.join(", "))
            })
        };
        // Each stream's parent, by index (a name no stream has is an error when it runs).
        let parent_of: Vec<Option<Result<usize, String>>> = streams
            .iter()
            .map(|s| {
                s.parent
                    .map(|p| find(p).map_err(|e| format!("stream `{}`: parent: {e}", s.name)))
            })
            .collect();
        let given: BTreeSet<&str> = args.params.iter().map(|(k, _)| k.as_str()).collect();
        let chosen = match (&args.operation, &args.streams) {
            (Some(one), _) => vec![find(one)?],
            (None, Some(list)) => list.iter().map(|n| find(n)).collect::<Result<_, _>>()?,
            (None, None) => default_selection(streams, &parent_of, &given, args.all),
        };
        if chosen.is_empty() {
            return Err("no stream to run: this connector has no stream that needs no --param; pick one with --streams".into());
        }
        // The chosen streams plus their parents (read, not loaded, unless chosen).
        let mut load = vec![false; streams.len()];
        let mut run = vec![false; streams.len()];
        let mut root = vec![false; streams.len()];
        for &i in &chosen {
            load[i] = true;
        }
        let mut pending = chosen;
        while let Some(i) = pending.pop() {
            if run[i] {
                continue;
            }
            run[i] = true;
            // A child whose partition parameters were all given runs as a root.
            let from_parent = streams[i]
                .partition
                .iter()
                .any(|p| !matches!(p.source, ParamSource::Values(_)) && !given.contains(p.name));
            match parent_of[i].clone().filter(|_| from_parent) {
                Some(parent) => pending.push(parent?),
                None => root[i] = true,
            }
        }
        for i in (0..streams.len()).filter(|&i| run[i]) {
            check_runnable(streams, &parent_of, &root, &given, i, load[i])?;
        }
        for i in (0..streams.len()).filter(|&i| load[i] && streams[i].write == WriteMode::Replace) {
            let s = &streams[i];
            if args.shard.is_some_and(|(_, n)| n > 1) {
                return Err(format!(
                    "stream `{}` is written with `replace` (a full refresh), which needs all of its partitions in one run: run it without --shard",
                    s.name
                ));
            }
            if let Some(Ok(p)) = &parent_of[i] {
                if !root[i] && streams[*p].children_of_changed {
                    return Err(format!(
                        "stream `{}` is written with `replace`, but its parent `{}` pulls children only for its changed records: the others' rows would be removed; set `children = \"all\"` on the parent or `write = \"merge\"` on the stream in apitap.toml",
                        s.name, streams[*p].name
                    ));
                }
            }
        }
        for (name, _) in &args.params {
            let known =
                (0..streams.len()).any(|i| run[i] && streams[i].accepts.contains(&name.as_str()));
            if name != "body" && !known {
                return Err(format!("no stream of this run has a parameter `{name}`"));
            }
        }
        // Entries in stream order, each with the entries of its children.
        let entry_of: Vec<Option<usize>> = run
            .iter()
            .scan(0, |next, &r| {
                Some(r.then(|| {
                    *next += 1;
                    *next - 1
                }))
            })
            .collect();
        let mut entries: Vec<Entry> = (0..streams.len())
            .filter(|&i| run[i])
            .map(|i| Entry {
                stream: i,
                load: load[i],
                root: root[i],
                children: Vec::new(),
            })
            .collect();
        for e in 0..entries.len() {
            let i = entries[e].stream;
            if root[i] {
                continue;
            }
            if let Some(p) = parent_of[i]
                .as_ref()
                .and_then(|p| p.as_ref().ok())
                .and_then(|&p| entry_of[p])
            {
                entries[p].children.push(e);
            }
        }
        Ok(SyncPlan {
            streams,
            entries,
            args: args.clone(),
        })
    }

    /// Indices of the tables the run loads (for [`Sink::open_for`]).
    pub fn tables(&self) -> Vec<usize> {
        let mut out: Vec<usize> = self
            .entries
            .iter()
            .filter(|e| e.load)
            .flat_map(|e| self.streams[e.stream].tables.iter().copied())
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    /// Names of the streams whose records are loaded.
    pub fn loaded(&self) -> Vec<&'static str> {
        self.entries
            .iter()
            .filter(|e| e.load)
            .map(|e| self.streams[e.stream].name)
            .collect()
    }
}

/// The streams a run takes when none is named: those selected in `apitap.toml` (unless
/// `all`), else every enabled stream that needs no missing `--param` up its parents (only
/// root streams, unless `all`).
pub(super) fn default_selection(
    streams: &[StreamSpec],
    parent_of: &[Option<Result<usize, String>>],
    given: &BTreeSet<&str>,
    all: bool,
) -> Vec<usize> {
    if !all {
        let selected: Vec<usize> = (0..streams.len())
            .filter(|&i| streams[i].selected && streams[i].enabled)
            .collect();
        if !selected.is_empty() {
            return selected;
        }
    }
    (0..streams.len())
        .filter(|&i| {
            if !streams[i].enabled || (!all && streams[i].parent.is_some()) {
                return false;
            }
            let mut at = i;
            for _ in 0..=streams.len() {
                if streams[at].needs.iter().any(|n| !given.contains(n)) {
                    return false;
                }
                match &parent_of[at] {
                    Some(Ok(p)) => at = *p,
                    Some(Err(_)) => return false,
                    None => return true,
                }
            }
            false
        })
        .collect()
}

/// Whether stream `i` of a run can run: it leads up to a root (no cycle of parents), is
/// compiled in, and has every `--param` it needs.
pub(super) fn check_runnable(
    streams: &[StreamSpec],
    parent_of: &[Option<Result<usize, String>>],
    root: &[bool],
    given: &BTreeSet<&str>,
    i: usize,
    loaded: bool,
) -> Result<(), String> {
    let s = &streams[i];
    let mut at = i;
    for steps in 0.. {
        if root[at] {
            break;
        }
        match &parent_of[at] {
            Some(Ok(p)) if steps < streams.len() => at = *p,
            _ => {
                return Err(format!(
                    "stream `{}` has no root: its parents form a cycle; set one of their `parent`s to \"none\" in apitap.toml",
                    s.name
                ))
            }
        }
    }
    let role = if loaded {
        ""
    } else {
        " (the parent of a stream of this run)"
    };
    if !s.enabled {
        return Err(format!(
            "stream `{}`{role} is not in this build: enable the cargo feature of its operation group",
            s.name
        ));
    }
    let missing: Vec<String> = s
        .needs
        .iter()
        .filter(|n| !given.contains(*n))
        .map(|n| format!("--param {n}=..."))
        .collect();
    if missing.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "stream `{}`{role} needs {}",
            s.name,
            missing.join(" ")
        ))
    }
}

/// `sync --list`: one block per stream with its tables, cursor, parent, pagination and page
/// size.
pub fn list_streams(streams: &[StreamSpec], tables: &[TableSpec]) -> String {
    let mut out = String::new();
    for s in streams {
        let names: Vec<&str> = s
            .tables
            .iter()
            .filter_map(|&t| tables.get(t).map(|t| t.name))
            .collect();
        out.push_str(s.name);
        if s.selected {
            out.push_str("  (selected)");
        }
        out.push('\n');
        out.push_str(&format!("  tables:     {}\n", names.join(", ")));
        let cursor = match (s.cursor, s.since_param) {
            (Some(c), Some(p)) => format!("{c} (sent as {p})"),
            (Some(c), None) => format!("{c} (filtered here)"),
            _ => "none (every run reads everything)".into(),
        };
        out.push_str(&format!("  cursor:     {cursor}\n"));
        match s.parent {
            Some(parent) => {
                let params: Vec<String> = s.partition.iter().map(describe_param).collect();
                out.push_str(&format!("  parent:     {parent} ({})\n", params.join(", ")));
            }
            None if !s.partition.is_empty() => {
                let params: Vec<String> = s.partition.iter().map(describe_param).collect();
                out.push_str(&format!("  partitions: {}\n", params.join(", ")));
            }
            None => out.push_str("  parent:     none\n"),
        }
        if streams.iter().any(|x| x.parent == Some(s.name)) {
            out.push_str(if s.children_of_changed {
                "  children:   pulled for its records changed since its state\n"
            } else {
                "  children:   pulled for every record, each run\n"
            });
        }
        if !s.needs.is_empty() {
            let needs: Vec<String> = s.needs.iter().map(|n| format!("--param {n}=...")).collect();
            out.push_str(&format!("  needs:      {}\n", needs.join(" ")));
        }
        out.push_str(&format!("  write:      {}\n", describe_write(s, tables)));
        if s.contract != Contract::Evolve {
            out.push_str(&format!("  contract:   {}\n", s.contract.as_str()));
        }
        if let Some(lookback) = s.lookback {
            out.push_str(&format!("  lookback:   {lookback}\n"));
        }
        if !s.checks.is_empty() {
            out.push_str(&format!("  checks:     {}\n", s.checks));
        }
        out.push_str(&format!("  pagination: {}\n", s.pagination));
        if let Some(size) = &s.page_size {
            let default = size
                .default
                .map_or("the API's default".to_string(), |n| n.to_string());
            out.push_str(&format!("  page size:  {} = {default}\n", size.param));
        }
        if !s.reason.is_empty() {
            out.push_str(&format!("  why:        {}\n", s.reason));
        }
    }
    out
}

/// A stream's write mode, with the key it merges on.
pub(super) fn describe_write(s: &StreamSpec, tables: &[TableSpec]) -> String {
    let key = s
        .tables
        .first()
        .and_then(|&t| tables.get(t))
        .map(|t| t.primary_key.join(", "))
        .unwrap_or_default();
    match s.write {
        WriteMode::Merge => format!("merge (upsert by {key})"),
        WriteMode::Append => "append (every version is kept)".into(),
        WriteMode::Replace => "replace (full refresh each run, swapped in when complete)".into(),
    }
}

pub(super) fn describe_param(p: &PartitionParam) -> String {
    match &p.source {
        ParamSource::Field(path) => format!("{} = {}", p.name, path.join(".")),
        ParamSource::Inherit(name) => format!("{} = parent's {name}", p.name),
        ParamSource::Values(values) => format!("{} in [{}]", p.name, values.join(", ")),
    }
}

/// The state key of a partition: the stream name, then its parameters sorted by name
/// (`customer_tax_ids?customer=cus_1`). Root streams without parameters keep the bare name.
pub fn partition_key(stream: &str, params: &[(String, String)]) -> String {
    if params.is_empty() {
        return stream.to_string();
    }
    let mut sorted: Vec<&(String, String)> = params.iter().collect();
    sorted.sort();
    let enc = |s: &str| percent_encoding::utf8_percent_encode(s, KEY_SET).to_string();
    // A request body can be long: the key holds its hash.
    let parts: Vec<String> = sorted
        .iter()
        .map(|(k, v)| match k.as_str() {
            "body" => format!("body#{:016x}", stable_hash(v)),
            _ => format!("{}={}", enc(k), enc(v)),
        })
        .collect();
    format!("{stream}?{}", parts.join("&"))
}

pub(super) const KEY_SET: &percent_encoding::AsciiSet = &percent_encoding::CONTROLS
    .add(b'%')
    .add(b'&')
    .add(b'=')
    .add(b'#')
    .add(b'?')
    .add(b' ');

/// FNV-1a: a hash that stays the same across runs, machines and Rust versions, so every
/// worker of a sharded run agrees on who owns a partition.
pub(super) fn stable_hash(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Whether shard `K/N` owns partition `key`.
pub fn shard_owns(shard: Option<(u32, u32)>, key: &str) -> bool {
    match shard {
        None | Some((_, 1)) => true,
        Some((k, n)) => stable_hash(key) % u64::from(n) == u64::from(k - 1),
    }
}
