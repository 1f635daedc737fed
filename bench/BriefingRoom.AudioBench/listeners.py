#!/usr/bin/python3
"""The audio benchmark's listening clients outside Chromium: one aiortc RTCPeerConnection per admitted reporter.

Started by the bench (Listeners.cs) as `listeners.py URL BRIEFING`, with one reporter's session cookie header a line on
stdin, then an empty line. Each client offers a receive-only audio transceiver with no ICE servers and only its
127.0.0.1 candidates, joins through POST /api/briefings/{id}/audio with that reporter's cookie, sets the answer and
decodes every frame the room sends it (aiortc's Opus decoder), counting frames and the loud ones. It prints
`joined N`, then `receiving N` once every client has decoded a loud frame; on `mark` (stdin) it starts counting
afresh, and on `stop` it prints one JSON line of per-client counts since the mark (RTP packets received, frames decoded, loud frames, still connected), leaves the audio (DELETE) and exits. Needs Debian's python3-aiortc.
"""
import asyncio
import json
import sys
import urllib.request

import aioice.ice

from aiortc import RTCConfiguration, RTCPeerConnection, RTCSessionDescription

LOUD = 0.01  # of full scale: a frame whose peak is above this carries the official's tone (-40 dBFS)


# On those peer-reflexive paths aioice's consent checks go unanswered while media flows; on loopback, consent proves
# nothing, so a client does not close on their failure (aioice closes after 6, ~30 s).
aioice.ice.CONSENT_FAILURES = 10**9


def loopback_only(sdp):
    # aiortc gathers a host candidate on every interface; this machine's media stays on loopback. aioice 0.8 never
    # gathers 127.0.0.1 itself, so this leaves no candidate: Janus learns the client's address from its checks
    # (peer-reflexive). Making aioice gather 127.0.0.1 only instead stopped every client from connecting (not understood).
    return "".join(line for line in sdp.splitlines(keepends=True)
                   if not line.startswith("a=candidate:") or " 127.0.0.1 " in line)


def request(url, method, cookie, body=None):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(url, data=data, method=method, headers={"Cookie": cookie, "Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=30) as response:
        text = response.read()
        return json.loads(text) if text else None


class Client:
    def __init__(self, index, cookie):
        self.index, self.cookie = index, cookie
        self.pc = RTCPeerConnection(RTCConfiguration(iceServers=[]))
        self.frames = self.loud = 0
        self.pc.on("track", lambda track: asyncio.ensure_future(self.consume(track)))

    async def consume(self, track):
        while True:
            try:
                frame = await track.recv()
            except Exception:  # the track ended: the client left or the room went away
                return
            self.frames += 1
            samples = frame.to_ndarray()
            if abs(samples).max() > LOUD * 32768:
                self.loud += 1

    async def packets(self):
        stats = await self.pc.getStats()
        return sum(getattr(s, "packetsReceived", 0) for s in stats.values() if s.type == "inbound-rtp")

    async def join(self, url, briefing):
        self.pc.addTransceiver("audio", direction="recvonly")
        await self.pc.setLocalDescription(await self.pc.createOffer())  # aiortc gathers fully before this returns
        offer = loopback_only(self.pc.localDescription.sdp)
        answer = await asyncio.to_thread(request, f"{url}/api/briefings/{briefing}/audio", "POST", self.cookie, {"sdp": offer})
        await self.pc.setRemoteDescription(RTCSessionDescription(sdp=answer["sdp"], type="answer"))


async def main(url, briefing):
    cookies = []
    for line in sys.stdin:
        if not line.strip():
            break
        cookies.append(line.strip())
    clients = [Client(i, c) for i, c in enumerate(cookies)]
    gate = asyncio.Semaphore(4)  # a few joins at a time, as the Chromium crowd does

    async def join(client):
        async with gate:
            await client.join(url, briefing)

    await asyncio.gather(*(join(c) for c in clients))
    print(f"joined {len(clients)}", flush=True)
    while sum(c.loud > 0 for c in clients) < len(clients):
        await asyncio.sleep(0.2)
    print(f"receiving {len(clients)}", flush=True)
    await asyncio.to_thread(sys.stdin.readline)  # "mark"
    before = [(c.frames, c.loud) for c in clients]
    packets = [await c.packets() for c in clients]
    await asyncio.to_thread(sys.stdin.readline)  # "stop"
    report = {
        "packets": [await c.packets() - p for c, p in zip(clients, packets)],
        "frames": [c.frames - f for c, (f, _) in zip(clients, before)],
        "loud": [c.loud - l for c, (_, l) in zip(clients, before)],
        "connected": [c.pc.connectionState == "connected" for c in clients],
    }
    print(json.dumps(report), flush=True)
    for c in clients:
        try:
            await asyncio.to_thread(request, f"{url}/api/briefings/{briefing}/audio", "DELETE", c.cookie)
        except Exception:
            pass
        await c.pc.close()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1].rstrip("/"), int(sys.argv[2])))
