/*
 * fanclient: one-thread epoll client for the live fan-out bench (bench/fanout.sh).
 *
 * Opens N EventSource-style HTTP/1.1 streams (GET PATH, Accept: text/event-stream, one session cookie per stream) over
 * loopback, each from a loopback address of its own, many connects in flight at once. Then, W warm-up + M measured
 * times, it sends a trigger request (a paragraph append, a publish, ...) on one keep-alive connection whose body holds
 * a token FANTOK<k>, and records on CLOCK_MONOTONIC when the trigger was answered and when each stream finished reading
 * the SSE event carrying that token (latency is given from the answer, as the issue measures, and from the sending: a
 * server that answers only after its fan-out, as nchan does, shows negative times from the answer). Every stream is checked: tokens in order with none lost or repeated, ids strictly
 * increasing, the same id sequence as every other stream, and (when the answer names a "seq") the token's event id equal
 * to it. Server memory comes from /proc/PID/status (VmRSS, summed over --pid); CPU per delivered message (its own, and the
 * server's from /proc/PID/stat) is counted over the messages phase, gaps included.
 *
 * Prints one RESULT line (key=value) for bench/fanout.sh to tabulate; exits 1 if any stream failed a check.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#ifndef IP_BIND_ADDRESS_NO_PORT
#define IP_BIND_ADDRESS_NO_PORT 24
#endif

enum { CONNECTING, HEADERS, BODY, DEAD };

/* One HTTP response being read: headers, then a body that is chunked, sized or read to EOF. */
struct http {
    char head[4096];
    int hlen, status, chunked;
    long length;              /* Content-Length, or -1 */
    int cstate;               /* chunked: 0 size line, 1 data, 2 CRLF after data, 3 done */
    long chunk_left;
    char sizeline[24];
    int slen;
};

struct stream {
    int fd, state;
    struct http http;
    char *line;               /* the SSE line being assembled */
    int llen, lcap;
    char id[64];              /* the current event's id field */
    int has_id, has_data;
    long token;               /* FANTOK number in the current event's data, or -1 */
    char last_id[64];
    long events, next_token, bad;
    uint64_t idhash;
};

/* What the run was asked to do. */
static struct {
    const char *host, *path, *cookies, *trig_path, *trig_body, *pids, *label;
    int port, n, messages, warmup, inflight, gap_ms, settle_ms, release_ms, timeout_ms, src_octet;
    long token_base;          /* this run's tokens are FANTOK<base+k>; lower ones are an earlier run's, replayed by ?after=0 */
} opt = { "127.0.0.1", NULL, NULL, NULL, "{\"text\":\"@TOKEN@\"}", "", "run",
          0, 100, 5, 1, 256, 200, 2000, 5000, 30000, 10, 0 };

static struct stream *streams;
static char **cookie_lines;
static char *trig_cookie;
static int ep;
static double **seen;        /* seen[k][i]: when stream i finished reading token k; 0 = not yet */
static long *pending;        /* streams still to see token k */
static long *ack_seq;        /* the seq the trigger's answer named, or 0 */
static int total_msgs;

/* The trigger's keep-alive connection and the answer being read. */
static struct { int fd, busy, done; struct http http; char body[4096]; int blen; double sent, acked; } trig = { .fd = -1 };

static double now_ms(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

static void die(const char *what) { perror(what); exit(2); }

/* One process's resident set in KB, from /proc/PID/status (0 when it is gone). */
static double rss_of(const char *pid) {
    char file[64], line[256];
    double kb = 0;
    snprintf(file, sizeof file, "/proc/%s/status", pid);
    FILE *f = fopen(file, "r");
    if (!f) return 0;
    while (fgets(line, sizeof line, f))
        if (!strncmp(line, "VmRSS:", 6)) kb += atol(line + 6);
    fclose(f);
    return kb;
}

/* CPU seconds (user + system) one process has used so far, from /proc/PID/stat (0 when it is gone). */
static double cpu_of(const char *pid) {
    char file[64], buf[1024];
    snprintf(file, sizeof file, "/proc/%s/stat", pid);
    FILE *f = fopen(file, "r");
    if (!f) return 0;
    size_t got = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    buf[got] = 0;
    char *q = strrchr(buf, ')');  /* fields after the command name: state is 3rd, utime 14th, stime 15th */
    unsigned long utime = 0, stime = 0;
    if (q && sscanf(q + 2, "%*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %lu %lu", &utime, &stime) == 2)
        return (double)(utime + stime) / sysconf(_SC_CLK_TCK);
    return 0;
}

/* The sum of one reading over the server's processes (--pids, comma-separated). */
static double over_server(double (*reading)(const char *pid)) {
    double total = 0;
    char list[512];
    snprintf(list, sizeof list, "%s", opt.pids);
    for (char *p = strtok(list, ","); p; p = strtok(NULL, ",")) total += reading(p);
    return total;
}

static long rss_kb(void) { return (long)over_server(rss_of); }

static double server_cpu_s(void) { return over_server(cpu_of); }

static double own_cpu_s(void) {
    struct rusage r;
    getrusage(RUSAGE_SELF, &r);
    return r.ru_utime.tv_sec + r.ru_stime.tv_sec + (r.ru_utime.tv_usec + r.ru_stime.tv_usec) / 1e6;
}

/* Reads a file of one cookie a line: the first is the trigger's (stenographer), then one per stream. */
static void read_cookies(void) {
    FILE *f = fopen(opt.cookies, "r");
    if (!f) die(opt.cookies);
    cookie_lines = calloc(opt.n + 1, sizeof *cookie_lines);
    char *line = NULL;
    size_t cap = 0;
    int count = 0;
    ssize_t len;
    while (count <= opt.n && (len = getline(&line, &cap, f)) > 0) {
        while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r')) line[--len] = 0;
        cookie_lines[count++] = strdup(line);
    }
    free(line);
    fclose(f);
    if (count < opt.n + 1) {
        fprintf(stderr, "%s: %d cookies, need %d (the stenographer's and one per stream)\n", opt.cookies, count, opt.n + 1);
        exit(2);
    }
    trig_cookie = cookie_lines[0];
}

/* Compares SSE ids as tuples of numbers ("10042", or nchan's "1733612345:0"). */
static int compare_ids(const char *a, const char *b) {
    while (*a || *b) {
        while (*a && !isdigit((unsigned char)*a)) a++;
        while (*b && !isdigit((unsigned char)*b)) b++;
        if (!*a || !*b) return (*a != 0) - (*b != 0);
        char *ea, *eb;
        unsigned long long x = strtoull(a, &ea, 10), y = strtoull(b, &eb, 10);
        if (x != y) return x < y ? -1 : 1;
        a = ea, b = eb;
    }
    return 0;
}

/* Parses the status line and headers once the blank line is in; returns bytes of head consumed, 0 if incomplete, -1 if too long. */
static int parse_head(struct http *h) {
    char *end = memmem(h->head, h->hlen, "\r\n\r\n", 4);
    if (!end) return h->hlen >= (int)sizeof h->head - 1 ? -1 : 0;
    *end = 0;
    h->status = !strncmp(h->head, "HTTP/1.", 7) ? atoi(h->head + 9) : 0;
    h->length = -1;
    h->chunked = 0;
    for (char *p = strstr(h->head, "\r\n"); p; p = strstr(p + 2, "\r\n")) {
        if (!strncasecmp(p + 2, "content-length:", 15)) h->length = atol(p + 17);
        if (!strncasecmp(p + 2, "transfer-encoding:", 18) && strcasestr(p + 20, "chunked")) h->chunked = 1;
    }
    return (int)(end - h->head) + 4;
}

/* Undoes chunked transfer coding in place; returns the payload bytes left at the start of buf. Sets cstate 3 at the last chunk. */
static int dechunk(struct http *h, char *buf, int len) {
    int out = 0;
    for (int i = 0; i < len;) {
        if (h->cstate == 0) {
            char c = buf[i++];
            if (c == '\n') {
                h->sizeline[h->slen] = 0;
                h->chunk_left = strtol(h->sizeline, NULL, 16);
                h->slen = 0;
                h->cstate = h->chunk_left ? 1 : 3;
            } else if (h->slen < (int)sizeof h->sizeline - 1) {
                h->sizeline[h->slen++] = c;
            }
        } else if (h->cstate == 1) {
            int take = len - i < h->chunk_left ? len - i : (int)h->chunk_left;
            memmove(buf + out, buf + i, take);
            out += take, i += take;
            if (!(h->chunk_left -= take)) h->cstate = 2;
        } else if (h->cstate == 2) {
            if (buf[i++] == '\n') h->cstate = 0;
        } else {
            break;
        }
    }
    return out;
}

/* One complete SSE event on stream i, read at time t: the checks and the token's time. */
static void dispatch(int i, struct stream *s, double t) {
    if (s->has_id) {
        if (s->last_id[0] && compare_ids(s->id, s->last_id) <= 0) {
            fprintf(stderr, "stream %d: id %s after %s\n", i, s->id, s->last_id);
            s->bad++;
        }
        memcpy(s->last_id, s->id, sizeof s->id);
        for (const char *p = s->id; *p; p++) s->idhash = (s->idhash ^ (unsigned char)*p) * 1099511628211ULL;
        s->idhash = (s->idhash ^ ',') * 1099511628211ULL;
    }
    s->events++;
    long k = s->token;
    if (k >= 0) {
        if (k != s->next_token) {
            fprintf(stderr, "stream %d: token %ld where %ld was due (lost, repeated or out of order)\n", i, k, s->next_token);
            s->bad++;
        }
        if (k < total_msgs && seen[k][i] == 0) {   /* timed even out of turn, so one fault does not hide the rest */
            if (ack_seq[k] && (!s->has_id || strtol(s->id, NULL, 10) != ack_seq[k])) {
                fprintf(stderr, "stream %d: token %ld came as id %s, the append answered seq %ld\n", i, k, s->id, ack_seq[k]);
                s->bad++;
            }
            seen[k][i] = t;
            pending[k]--;
        }
        s->next_token = k + 1;
    }
    s->has_id = s->has_data = 0;
    s->token = -1;
}

static void sse_line(int i, struct stream *s, char *line, int len, double t) {
    if (len && line[len - 1] == '\r') len--;
    line[len] = 0;
    if (len == 0) {
        if (s->has_id || s->has_data) dispatch(i, s, t);
    } else if (!strncmp(line, "id:", 3)) {
        snprintf(s->id, sizeof s->id, "%s", line + 3 + (line[3] == ' '));
        s->has_id = 1;
    } else if (!strncmp(line, "data:", 5)) {
        s->has_data = 1;
        char *tok = strstr(line, "FANTOK");
        if (tok && strtol(tok + 6, NULL, 10) >= opt.token_base) s->token = strtol(tok + 6, NULL, 10) - opt.token_base;
    } /* comments (":keep-alive"), event: and retry: carry nothing to check */
}

/* Feeds body bytes of stream i through the SSE line splitter. */
static void sse_feed(int i, struct stream *s, const char *buf, int len, double t) {
    while (len > 0) {
        const char *nl = memchr(buf, '\n', len);
        int take = nl ? (int)(nl - buf) : len;
        if (s->llen + take + 1 > s->lcap) {
            s->lcap = (s->llen + take + 1) * 2;
            if (!(s->line = realloc(s->line, s->lcap))) die("realloc");
        }
        memcpy(s->line + s->llen, buf, take);
        s->llen += take;
        if (!nl) return;
        sse_line(i, s, s->line, s->llen, t);
        s->llen = 0;
        buf += take + 1, len -= take + 1;
    }
}

static int connected, failed, in_flight, started, dropped;
static int current;           /* the message being waited for */

static void kill_stream(int i, const char *why) {
    struct stream *s = &streams[i];
    if (s->state == DEAD) return;
    if (s->state != BODY) in_flight--, failed++;
    else connected--, dropped++;
    for (int k = 0; total_msgs && k <= current && k < total_msgs; k++)   /* a stream gone is waited for no longer */
        if (seen[k] && seen[k][i] == 0 && pending[k] > 0) pending[k]--;
    if (why) fprintf(stderr, "stream %d: %s\n", i, why);
    close(s->fd);
    s->state = DEAD;
}

/* Starts the non-blocking connect of stream i from 127.<octet>.<i/250>.<i%250+1>. */
static void start_stream(int i) {
    struct stream *s = &streams[i];
    s->fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (s->fd < 0) die("socket");
    int one = 1;
    setsockopt(s->fd, IPPROTO_IP, IP_BIND_ADDRESS_NO_PORT, &one, sizeof one); /* the port is chosen at connect, per destination */
    setsockopt(s->fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    struct sockaddr_in src = { .sin_family = AF_INET };
    src.sin_addr.s_addr = htonl(127u << 24 | (unsigned)opt.src_octet << 16 | (unsigned)(i / 250) << 8 | (unsigned)(i % 250 + 1));
    if (bind(s->fd, (struct sockaddr *)&src, sizeof src)) die("bind");
    struct sockaddr_in dst = { .sin_family = AF_INET, .sin_port = htons(opt.port) };
    inet_pton(AF_INET, opt.host, &dst.sin_addr);
    if (connect(s->fd, (struct sockaddr *)&dst, sizeof dst) && errno != EINPROGRESS) die("connect");
    s->state = CONNECTING;
    s->token = -1;
    s->idhash = 1469598103934665603ULL;
    in_flight++;
    struct epoll_event ev = { .events = EPOLLOUT, .data.u32 = (uint32_t)i };
    if (epoll_ctl(ep, EPOLL_CTL_ADD, s->fd, &ev)) die("epoll_ctl");
}

static void send_request(int i) {
    struct stream *s = &streams[i];
    int err = 0;
    socklen_t len = sizeof err;
    getsockopt(s->fd, SOL_SOCKET, SO_ERROR, &err, &len);
    if (err) { kill_stream(i, strerror(err)); return; }
    char req[8192];
    int n = snprintf(req, sizeof req, "GET %s HTTP/1.1\r\nHost: %s:%d\r\nAccept: text/event-stream\r\nCache-Control: no-cache\r\n%s%s%s\r\n",
                     opt.path, opt.host, opt.port, cookie_lines ? "Cookie: " : "", cookie_lines ? cookie_lines[i + 1] : "", cookie_lines ? "\r\n" : "");
    if (write(s->fd, req, n) != n) { kill_stream(i, "request not written at once"); return; }
    s->state = HEADERS;
    struct epoll_event ev = { .events = EPOLLIN, .data.u32 = (uint32_t)i };
    epoll_ctl(ep, EPOLL_CTL_MOD, s->fd, &ev);
}

static char scratch[1 << 16];

/* Reads what stream i has (all of it, until EAGAIN) at one instant. */
static void read_stream(int i) {
    struct stream *s = &streams[i];
    for (;;) {
        ssize_t got = read(s->fd, scratch, sizeof scratch);
        if (got < 0 && errno == EAGAIN) return;
        if (got <= 0) { kill_stream(i, got ? strerror(errno) : "closed by the server"); return; }
        double t = now_ms();
        char *body = scratch;
        int len = (int)got;
        if (s->state == HEADERS) {
            int room = (int)sizeof s->http.head - 1 - s->http.hlen, take = len < room ? len : room;
            memcpy(s->http.head + s->http.hlen, scratch, take);
            s->http.hlen += take;
            int used = parse_head(&s->http);
            if (used < 0) { kill_stream(i, "response head too long"); return; }
            if (used == 0) continue;
            if (s->http.status != 200) {
                char why[128];
                snprintf(why, sizeof why, "status %d", s->http.status);
                kill_stream(i, why);
                return;
            }
            int before = s->http.hlen - take;       /* head bytes from earlier reads */
            body = scratch + (used - before);
            len = take - (used - before) + (len - take);
            s->state = BODY, in_flight--, connected++;
        }
        if (s->http.chunked) len = dechunk(&s->http, body, len);
        sse_feed(i, s, body, len, t);
    }
}

/* The trigger's connection: blocking connect (loopback, once), then read in the same loop as the streams. */
static void trig_connect(void) {
    trig.fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    struct sockaddr_in dst = { .sin_family = AF_INET, .sin_port = htons(opt.port) };
    inet_pton(AF_INET, opt.host, &dst.sin_addr);
    if (connect(trig.fd, (struct sockaddr *)&dst, sizeof dst)) die("trigger connect");
    int one = 1;
    setsockopt(trig.fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    fcntl(trig.fd, F_SETFL, O_NONBLOCK);
    struct epoll_event ev = { .events = EPOLLIN, .data.u32 = (uint32_t)opt.n };
    epoll_ctl(ep, EPOLL_CTL_ADD, trig.fd, &ev);
}

static void trig_send(int k) {
    if (trig.fd < 0) trig_connect();
    char token[32], body[2048], req[8192];
    snprintf(token, sizeof token, "FANTOK%ld", opt.token_base + k);
    const char *at = strstr(opt.trig_body, "@TOKEN@");
    if (!at) { fprintf(stderr, "--trigger-body needs @TOKEN@\n"); exit(2); }
    int blen = snprintf(body, sizeof body, "%.*s%s%s", (int)(at - opt.trig_body), opt.trig_body, token, at + 7);
    int n = snprintf(req, sizeof req, "POST %s HTTP/1.1\r\nHost: %s:%d\r\nContent-Type: application/json\r\nContent-Length: %d\r\n%s%s%s\r\n%s",
                     opt.trig_path, opt.host, opt.port, blen, trig_cookie ? "Cookie: " : "", trig_cookie ? trig_cookie : "", trig_cookie ? "\r\n" : "", body);
    memset(&trig.http, 0, sizeof trig.http);
    trig.blen = 0, trig.done = 0, trig.busy = 1;
    trig.sent = now_ms();
    if (write(trig.fd, req, n) != n) die("trigger write");
}

static void trig_finish(double t) {
    trig.acked = t, trig.done = 1, trig.busy = 0;
    trig.body[trig.blen] = 0;
    if (trig.http.status < 200 || trig.http.status > 299) {
        fprintf(stderr, "trigger answered %d: %s\n", trig.http.status, trig.body);
        exit(2);
    }
}

static void trig_read(void) {
    for (;;) {
        ssize_t got = read(trig.fd, scratch, sizeof scratch);
        if (got < 0 && errno == EAGAIN) return;
        double t = now_ms();
        if (got <= 0) {                 /* the server closed it: an answer read to EOF ends here; the next trigger reconnects */
            epoll_ctl(ep, EPOLL_CTL_DEL, trig.fd, NULL);
            close(trig.fd);
            trig.fd = -1;
            if (trig.busy && trig.http.status) trig_finish(t);
            else if (trig.busy) { fprintf(stderr, "trigger connection closed without an answer\n"); exit(2); }
            return;
        }
        char *body = scratch;
        int len = (int)got;
        if (!trig.http.status) {
            int room = (int)sizeof trig.http.head - 1 - trig.http.hlen, take = len < room ? len : room;
            memcpy(trig.http.head + trig.http.hlen, scratch, take);
            trig.http.hlen += take;
            int used = parse_head(&trig.http);
            if (used <= 0) { if (used < 0) { fprintf(stderr, "trigger answer head too long\n"); exit(2); } continue; }
            int before = trig.http.hlen - take;
            body = scratch + (used - before);
            len = (int)got - (used - before);
        }
        if (trig.http.chunked) len = dechunk(&trig.http, body, len);
        int room = (int)sizeof trig.body - 1 - trig.blen;
        memcpy(trig.body + trig.blen, body, len < room ? len : room);
        trig.blen += len < room ? len : room;
        if ((trig.http.chunked && trig.http.cstate == 3) || (!trig.http.chunked && trig.http.length >= 0 && trig.blen >= trig.http.length))
            trig_finish(t);
    }
}

/* Runs the loop until done() holds or the deadline (ms on the monotonic clock) passes; returns whether done() held. */
static int pump(double deadline, int (*done)(void)) {
    static struct epoll_event events[1024];
    while (!done || !done()) {
        double left = deadline - now_ms();
        if (left <= 0) return done == NULL;
        while (in_flight < opt.inflight && started < opt.n) start_stream(started++); /* keep the connect window full */
        int n = epoll_wait(ep, events, 1024, left < 1 ? 1 : (int)left);
        if (n < 0 && errno != EINTR) die("epoll_wait");
        for (int e = 0; e < n; e++) {
            uint32_t i = events[e].data.u32;
            if ((int)i == opt.n) { trig_read(); continue; }
            if (streams[i].state == CONNECTING) send_request((int)i);
            else if (streams[i].state != DEAD) read_stream((int)i);
        }
    }
    return 1;
}

static int all_connected(void) { return connected + failed + dropped == opt.n; }

static int message_seen(void) { return trig.done && (pending[current] <= 0 || connected == 0); }

static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* Nearest-rank percentile of sorted values. */
static double pct(const double *v, int n, double p) {
    if (n == 0) return -1;
    int r = (int)(p * n + 0.999999) - 1;
    return v[r < 0 ? 0 : r >= n ? n - 1 : r];
}

static void usage(void) {
    fprintf(stderr,
            "usage: fanclient --port P --path PATH --trigger-path PATH [--host 127.0.0.1] [--cookies FILE] [--streams N]\n"
            "                 [--trigger-body JSON-with-@TOKEN@] [--messages 5] [--warmup 1] [--gap-ms 200] [--inflight 256]\n"
            "                 [--settle-ms 2000] [--release-ms 5000] [--timeout-ms 30000] [--src-octet 10] [--pid P[,P]] [--label NAME]\n"
            "                 [--token-base 0]\n");
    exit(2);
}

int main(int argc, char **argv) {
    for (int a = 1; a < argc; a++) {
        if (a + 1 >= argc) usage();
        const char *k = argv[a], *v = argv[++a];
        if (!strcmp(k, "--host")) opt.host = v;
        else if (!strcmp(k, "--port")) opt.port = atoi(v);
        else if (!strcmp(k, "--path")) opt.path = v;
        else if (!strcmp(k, "--cookies")) opt.cookies = v;
        else if (!strcmp(k, "--streams")) opt.n = atoi(v);
        else if (!strcmp(k, "--trigger-path")) opt.trig_path = v;
        else if (!strcmp(k, "--trigger-body")) opt.trig_body = v;
        else if (!strcmp(k, "--messages")) opt.messages = atoi(v);
        else if (!strcmp(k, "--warmup")) opt.warmup = atoi(v);
        else if (!strcmp(k, "--gap-ms")) opt.gap_ms = atoi(v);
        else if (!strcmp(k, "--inflight")) opt.inflight = atoi(v);
        else if (!strcmp(k, "--settle-ms")) opt.settle_ms = atoi(v);
        else if (!strcmp(k, "--release-ms")) opt.release_ms = atoi(v);
        else if (!strcmp(k, "--timeout-ms")) opt.timeout_ms = atoi(v);
        else if (!strcmp(k, "--src-octet")) opt.src_octet = atoi(v);
        else if (!strcmp(k, "--pid")) opt.pids = v;
        else if (!strcmp(k, "--label")) opt.label = v;
        else if (!strcmp(k, "--token-base")) opt.token_base = atol(v);
        else usage();
    }
    if (!opt.port || !opt.path || !opt.trig_path || opt.n < 1 || opt.n > 62500 || opt.messages < 1) usage();
    struct rlimit lim;
    getrlimit(RLIMIT_NOFILE, &lim);
    lim.rlim_cur = lim.rlim_max;       /* the hard limit (about 20,000 here) bounds N */
    setrlimit(RLIMIT_NOFILE, &lim);
    if ((rlim_t)opt.n + 64 > lim.rlim_cur) { fprintf(stderr, "%d streams need more descriptors than the limit %lu\n", opt.n, (unsigned long)lim.rlim_cur); return 2; }
    if (opt.cookies) read_cookies();
    total_msgs = opt.warmup + opt.messages;
    streams = calloc(opt.n, sizeof *streams);
    seen = calloc(total_msgs, sizeof *seen);
    pending = calloc(total_msgs, sizeof *pending);
    ack_seq = calloc(total_msgs, sizeof *ack_seq);
    double *sent = calloc(total_msgs, sizeof *sent), *acked = calloc(total_msgs, sizeof *acked);
    for (int k = 0; k < total_msgs; k++) seen[k] = calloc(opt.n, sizeof **seen);
    if ((ep = epoll_create1(EPOLL_CLOEXEC)) < 0) die("epoll_create1");

    long rss_before = rss_kb();
    double t0 = now_ms();
    pump(t0 + 120000, all_connected);
    double connect_s = (now_ms() - t0) / 1e3;
    fprintf(stderr, "%s: %d of %d streams connected in %.2f s (%d failed)\n", opt.label, connected, opt.n, connect_s, failed);
    pump(now_ms() + opt.settle_ms, NULL);   /* let the server settle before its idle memory is read */
    long rss_idle = rss_kb();
    double own_cpu0 = own_cpu_s(), server_cpu0 = server_cpu_s();
    long delivered = 0;

    for (current = 0; current < total_msgs && connected > 0; current++) {
        pending[current] = connected;
        trig_send(current);
        int ok = pump(now_ms() + opt.timeout_ms, message_seen);
        sent[current] = trig.sent, acked[current] = trig.acked;
        char *seq = strstr(trig.body, "\"seq\":");
        if (seq) ack_seq[current] = strtol(seq + 6, NULL, 10);
        if (!ok) fprintf(stderr, "%s: message %d: %ld streams had not seen it after %d ms\n", opt.label, current, pending[current], opt.timeout_ms);
        pump(now_ms() + opt.gap_ms, NULL);
    }
    long rss_end = rss_kb();
    double own_cpu = own_cpu_s() - own_cpu0, server_cpu = server_cpu_s() - server_cpu0;

    /* Per measured message, over the streams: (seen - answered) p50, p99, max; (seen - sent) p50, p99; the trigger's own time. */
    double *lat = malloc(opt.n * sizeof *lat);
    char p50s[4096] = "", p99s[4096] = "", maxs[4096] = "", posts[4096] = "", sp50s[4096] = "", sp99s[4096] = "";
    double *from_send = malloc(opt.n * sizeof *from_send);
    long lost = 0;
    for (int k = 0; k < opt.warmup; k++)
        for (int i = 0; i < opt.n; i++) delivered += seen[k][i] > 0;
    for (int k = opt.warmup; k < total_msgs; k++) {
        int m = 0;
        for (int i = 0; i < opt.n; i++)
            if (seen[k][i] > 0) delivered++, from_send[m] = seen[k][i] - sent[k], lat[m++] = seen[k][i] - acked[k];
            else if (streams[i].state == BODY) lost++;
        qsort(lat, m, sizeof *lat, cmp_double);
        qsort(from_send, m, sizeof *from_send, cmp_double);
        const char *sep = k == opt.warmup ? "" : ",";
        snprintf(p50s + strlen(p50s), sizeof p50s - strlen(p50s), "%s%.1f", sep, pct(lat, m, 0.50));
        snprintf(p99s + strlen(p99s), sizeof p99s - strlen(p99s), "%s%.1f", sep, pct(lat, m, 0.99));
        snprintf(maxs + strlen(maxs), sizeof maxs - strlen(maxs), "%s%.1f", sep, pct(lat, m, 1.0));
        snprintf(sp50s + strlen(sp50s), sizeof sp50s - strlen(sp50s), "%s%.1f", sep, pct(from_send, m, 0.50));
        snprintf(sp99s + strlen(sp99s), sizeof sp99s - strlen(sp99s), "%s%.1f", sep, pct(from_send, m, 0.99));
        snprintf(posts + strlen(posts), sizeof posts - strlen(posts), "%s%.2f", sep, acked[k] - sent[k]);
    }

    /* Per-stream checks: nothing lost or out of order, and every stream saw the same ids as the first clean one. */
    long ok_streams = 0, bad_streams = 0, ref = -1;
    for (int i = 0; i < opt.n && ref < 0; i++)
        if (streams[i].state == BODY && streams[i].bad == 0 && streams[i].next_token == total_msgs) ref = i;
    for (int i = 0; i < opt.n; i++) {
        struct stream *s = &streams[i];
        if (s->state != BODY) continue;
        if (ref < 0) ref = i;
        int good = s->bad == 0 && s->next_token == total_msgs && s->events == streams[ref].events && s->idhash == streams[ref].idhash;
        if (!good && bad_streams < 5)
            fprintf(stderr, "stream %d: %ld check failures, tokens to %ld of %d, %ld events (a clean stream %ld)\n", i, s->bad, s->next_token, total_msgs, s->events, streams[ref].events);
        good ? ok_streams++ : bad_streams++;
    }
    char last_id[64];
    snprintf(last_id, sizeof last_id, "%s", ref >= 0 ? streams[ref].last_id : "");

    for (int i = 0; i < opt.n; i++) {
        if (streams[i].state == DEAD) continue;
        struct linger hard = { 1, 0 };   /* a reset, not a FIN: no TIME_WAIT left for the next run's ports */
        setsockopt(streams[i].fd, SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
        close(streams[i].fd);
    }
    if (trig.fd >= 0) close(trig.fd);
    usleep(opt.release_ms * 1000);
    long rss_closed = rss_kb();

    double load[3] = { 0 };
    getloadavg(load, 3);
    printf("RESULT label=%s streams=%d connected=%d failed=%d dropped=%d connect_s=%.2f rss_before_kb=%ld rss_idle_kb=%ld per_stream_kb=%.1f "
           "rss_end_kb=%ld rss_closed_kb=%ld messages=%d p50_ms=%s p99_ms=%s max_ms=%s send_p50_ms=%s send_p99_ms=%s post_ms=%s ok_streams=%ld bad_streams=%ld lost=%ld "
           "client_us_per_delivery=%.2f server_us_per_delivery=%.2f last_id=%s load1=%.2f\n",
           opt.label, opt.n, connected, failed, dropped, connect_s, rss_before, rss_idle, connected ? (double)(rss_idle - rss_before) / connected : 0,
           rss_end, rss_closed, opt.messages, p50s, p99s, maxs, sp50s, sp99s, posts, ok_streams, bad_streams, lost,
           delivered ? own_cpu * 1e6 / delivered : 0, delivered ? server_cpu * 1e6 / delivered : 0, last_id, load[0]);
    return bad_streams || failed || dropped || lost ? 1 : 0;
}
