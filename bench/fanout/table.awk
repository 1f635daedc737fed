#!/usr/bin/awk -f
# Tabulates bench/fanout.sh's RESULT lines: per N and system, the median over runs (connect, memory) and over every
# measured message of every run (latency percentiles over the streams, and the trigger's own answer time).
function median(list,    a, n, i, j, t) {
    n = split(list, a, ",")
    if (n == 0) return "-"
    for (i = 2; i <= n; i++) { t = a[i] + 0; for (j = i - 1; j >= 1 && a[j] + 0 > t; j--) a[j + 1] = a[j]; a[j + 1] = t }
    return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
}
function add(key, field, value) { all[key, field] = (all[key, field] == "" ? "" : all[key, field] ",") value }
/^RESULT/ {
    delete f
    for (i = 2; i <= NF; i++) { eq = index($i, "="); f[substr($i, 1, eq - 1)] = substr($i, eq + 1) }
    key = f["n"] SUBSEP f["label"]
    if (!(key in seen)) { seen[key] = 1; keys[++nkeys] = key; first[key] = f["per_stream_kb"] } # a fresh process: later runs reuse what it kept
    else later[key] = (later[key] == "" ? "" : later[key] ",") f["per_stream_kb"]
    add(key, "connect", f["connect_s"]); add(key, "kb", f["per_stream_kb"]); add(key, "p50", f["p50_ms"]); add(key, "p99", f["p99_ms"])
    add(key, "max", f["max_ms"]); add(key, "sp50", f["send_p50_ms"]); add(key, "sp99", f["send_p99_ms"]); add(key, "post", f["post_ms"]); add(key, "before", f["rss_before_kb"] / 1024)
    add(key, "idle", f["rss_idle_kb"] / 1024); add(key, "closed", f["rss_closed_kb"] / 1024)
    add(key, "ccpu", f["client_us_per_delivery"]); add(key, "scpu", f["server_us_per_delivery"])
    ok[key] += f["ok_streams"]; want[key] += f["streams"]; lost[key] += f["lost"]; setup[key] = f["setup_s"]; load[key] = load[key] " " f["load1"]
}
END {
    print "latency over the streams per message, median over messages and runs; from the trigger's answer, and from its sending"
    printf "%6s %-9s %9s %8s %7s %8s %8s %8s %8s %8s %8s %24s %15s %13s %7s %7s  %s\n", "N", "system", "connect s", "KB/strm¹", "later²", "ans p50", "ans p99", "ans max",
        "sent p50", "sent p99", "POST ms", "RSS MB before/idle/closed", "streams ok", "µs/msg client", "server", "setup s", "load1 per run"
    print "¹ RSS gained per connected idle stream in the first run, on a fresh process; ² the same in the later runs (median)"
    for (k = 1; k <= nkeys; k++) {
        key = keys[k]; split(key, nk, SUBSEP)
        printf "%6s %-9s %9.2f %8.1f %7.1f %8.1f %8.1f %8.1f %8.1f %8.1f %8.2f %10.0f/%6.0f/%6.0f %7d/%-7d %13.2f %7.2f %7s %s\n", nk[1], nk[2], median(all[key, "connect"]), first[key], median(later[key]),
            median(all[key, "p50"]), median(all[key, "p99"]), median(all[key, "max"]), median(all[key, "sp50"]), median(all[key, "sp99"]), median(all[key, "post"]), median(all[key, "before"]),
            median(all[key, "idle"]), median(all[key, "closed"]), ok[key], want[key], median(all[key, "ccpu"]), median(all[key, "scpu"]), setup[key], load[key]
        if (lost[key]) printf "       %s: %d messages not seen by a live stream\n", nk[2], lost[key]
    }
}
