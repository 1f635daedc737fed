/*
 * floor: the fan-out floor for bench/fanout.sh. One process, one thread, epoll: every GET is an event stream that gets
 * SSE headers and then every frame; a POST /trigger answers {"seq":K} at once and then writes the frame
 * "id: K / event: paragraph / data: BODY" to every open stream, in one write() each. Nothing else is done per frame, so
 * what the client measures here is the cost of N loopback writes plus the client's own reading: the floor a real
 * server's fan-out is compared with.
 *
 *   floor PORT [LOSE]     (runs until killed)
 * LOSE (to check the client's checks): every LOSE-th frame is not written to the first stream, a message lost.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

enum { READING, STREAM };

struct conn {
    int state;
    char head[2048];   /* the request: a stream's GET with its cookie fits */
    int hlen;
    char *pending;     /* the part of a frame the socket did not take at once */
    int plen;
};

static struct conn **conns;   /* by descriptor */
static int *subscribers, nsubs, maxfd;
static long seq, short_writes, lose;
static int ep;

static void drop(int fd) {
    struct conn *c = conns[fd];
    if (!c) return;
    if (c->state == STREAM)
        for (int i = 0; i < nsubs; i++)
            if (subscribers[i] == fd) { subscribers[i] = subscribers[--nsubs]; break; }
    free(c->pending);
    free(c);
    conns[fd] = NULL;
    close(fd);
}

/* Writes a frame to one stream; what does not fit waits for EPOLLOUT (it never does with idle loopback streams). */
static void send_frame(int fd, const char *frame, int len) {
    struct conn *c = conns[fd];
    if (c->plen) {   /* behind already: keep order */
        c->pending = realloc(c->pending, c->plen + len);
        memcpy(c->pending + c->plen, frame, len);
        c->plen += len;
        return;
    }
    ssize_t put = write(fd, frame, len);
    if (put == len) return;
    if (put < 0 && errno != EAGAIN) { drop(fd); return; }
    if (put < 0) put = 0;
    short_writes++;
    c->pending = malloc(len - put);
    memcpy(c->pending, frame + put, len - put);
    c->plen = len - (int)put;
    struct epoll_event ev = { .events = EPOLLIN | EPOLLOUT, .data.fd = fd };
    epoll_ctl(ep, EPOLL_CTL_MOD, fd, &ev);
}

static void flush_pending(int fd) {
    struct conn *c = conns[fd];
    ssize_t put = write(fd, c->pending, c->plen);
    if (put < 0) { if (errno != EAGAIN) drop(fd); return; }
    memmove(c->pending, c->pending + put, c->plen - put);
    if ((c->plen -= (int)put) == 0) {
        struct epoll_event ev = { .events = EPOLLIN, .data.fd = fd };
        epoll_ctl(ep, EPOLL_CTL_MOD, fd, &ev);
    }
}

/* A whole request is in c->head (head + body): a trigger fans out, anything else becomes a stream. */
static void handle(int fd, struct conn *c, char *end, long length) {
    if (!strncmp(c->head, "POST /trigger", 13)) {
        char *body = end + 4;
        char answer[256], *frame = malloc(length + 128);
        int alen = snprintf(answer, sizeof answer, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n{\"seq\":%ld}",
                            snprintf(NULL, 0, "{\"seq\":%ld}", seq + 1), seq + 1);
        seq++;
        int flen = sprintf(frame, "id: %ld\nevent: paragraph\ndata: %.*s\n\n", seq, (int)length, body);
        if (write(fd, answer, alen) != alen) drop(fd);   /* answered first, as the server acknowledges before its fan-out */
        for (int i = lose && seq % lose == 0 && nsubs > 1; i < nsubs; i++) send_frame(subscribers[i], frame, flen);
        free(frame);
        int used = (int)(body - c->head) + (int)length;  /* keep-alive: a next request may already be here */
        if (conns[fd]) memmove(c->head, c->head + used, c->hlen - used), c->hlen -= used;
        return;
    }
    static const char head[] = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\n\r\nretry: 2000\n\n";
    if (write(fd, head, sizeof head - 1) != sizeof head - 1) { drop(fd); return; }
    c->state = STREAM;
    subscribers[nsubs++] = fd;
}

static void readable(int fd) {
    struct conn *c = conns[fd];
    for (;;) {
        char sink[4096];
        char *into = c->state == STREAM ? sink : c->head + c->hlen;
        int room = c->state == STREAM ? (int)sizeof sink : (int)sizeof c->head - 1 - c->hlen;
        if (room <= 0) { drop(fd); return; }
        ssize_t got = read(fd, into, room);
        if (got < 0 && errno == EAGAIN) return;
        if (got <= 0) { drop(fd); return; }
        if (c->state == STREAM) continue;   /* a stream sends nothing more; read only to see it close */
        c->hlen += (int)got;
        c->head[c->hlen] = 0;
        char *end;
        while (c->state == READING && (end = strstr(c->head, "\r\n\r\n"))) {
            char *cl = strcasestr(c->head, "\r\ncontent-length:");
            long length = cl && cl < end ? atol(cl + 17) : 0;
            if ((end + 4 - c->head) + length > c->hlen) break;   /* the body is still coming */
            handle(fd, c, end, length);
            if (!conns[fd]) return;
            c->head[c->hlen] = 0;
        }
    }
}

int main(int argc, char **argv) {
    if (argc < 2 || argc > 3) { fprintf(stderr, "usage: floor PORT [LOSE]\n"); return 2; }
    lose = argc == 3 ? atol(argv[2]) : 0;
    struct rlimit lim;
    getrlimit(RLIMIT_NOFILE, &lim);
    lim.rlim_cur = lim.rlim_max;
    setrlimit(RLIMIT_NOFILE, &lim);
    maxfd = (int)lim.rlim_cur;
    conns = calloc(maxfd, sizeof *conns);
    subscribers = calloc(maxfd, sizeof *subscribers);
    int lfd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0), one = 1;
    setsockopt(lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    struct sockaddr_in addr = { .sin_family = AF_INET, .sin_port = htons(atoi(argv[1])), .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
    if (bind(lfd, (struct sockaddr *)&addr, sizeof addr) || listen(lfd, 4096)) { perror("listen"); return 1; }
    ep = epoll_create1(0);
    struct epoll_event ev = { .events = EPOLLIN, .data.fd = lfd };
    epoll_ctl(ep, EPOLL_CTL_ADD, lfd, &ev);
    printf("floor listening on 127.0.0.1:%s\n", argv[1]);
    fflush(stdout);
    struct epoll_event events[1024];
    for (;;) {
        int n = epoll_wait(ep, events, 1024, -1);
        for (int e = 0; e < n; e++) {
            int fd = events[e].data.fd;
            if (fd == lfd) {
                int c;
                while ((c = accept4(lfd, NULL, NULL, SOCK_NONBLOCK)) >= 0) {
                    if (c >= maxfd) { close(c); continue; }
                    setsockopt(c, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
                    conns[c] = calloc(1, sizeof **conns);
                    struct epoll_event cev = { .events = EPOLLIN, .data.fd = c };
                    epoll_ctl(ep, EPOLL_CTL_ADD, c, &cev);
                }
            } else if (conns[fd]) {
                if (events[e].events & EPOLLOUT) flush_pending(fd);
                if (conns[fd] && events[e].events & (EPOLLIN | EPOLLHUP | EPOLLERR)) readable(fd);
            }
        }
    }
}
