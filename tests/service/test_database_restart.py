"""PostgreSQL goes away under load and comes back: requests fail cleanly (503), then recover,
and every accepted request has exactly one logged decision.

The server reaches PostgreSQL through a TCP proxy the test controls. Stopping the proxy
does to the server what a database restart does (open connections reset, new ones
refused) without disturbing the shared PostgreSQL that other tests use.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time


class Proxy:
    def __init__(self, target_port: int, port: int) -> None:
        self.target_port, self.port = target_port, port
        self._sockets: set[socket.socket] = set()
        self._lock = threading.Lock()
        self._listener: socket.socket | None = None

    def start(self) -> None:
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(64)
        self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def stop(self) -> None:
        """Refuse new connections and reset every open one, like a restarting server."""
        if self._listener is not None:
            with contextlib.suppress(OSError):  # wakes the thread blocked in accept()
                self._listener.shutdown(socket.SHUT_RDWR)
            self._listener.close()
            self._listener = None
        with self._lock:
            for sock in self._sockets:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                sock.close()
            self._sockets.clear()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            if self._listener is not listener:  # stopped meanwhile
                client.close()
                return
            upstream = socket.create_connection(("127.0.0.1", self.target_port))
            with self._lock:
                self._sockets |= {client, upstream}
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(a, b), daemon=True).start()

    @staticmethod
    def _pump(source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (source, sink):
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)


def test_database_restart_during_load(postgres_url, live_factory, tools) -> None:
    proxy = Proxy(5432, tools.free_port())
    proxy.start()
    url = postgres_url.replace("@127.0.0.1:5432/", f"@127.0.0.1:{proxy.port}/")
    assert url != postgres_url
    results: list[tuple[str, int, float]] = []
    stop = threading.Event()
    try:
        with live_factory(url) as live:

            def load(worker: int) -> None:
                with live.client("scan") as client:
                    i = 0
                    while not stop.is_set():
                        item_id = f"r-{worker}-{i}"
                        response = client.post("/v1/scan", json={"id": item_id, "text": "hello"})
                        results.append((item_id, response.status_code, time.monotonic()))
                        if response.status_code == 503:
                            assert response.json()["error"]["code"] == "database_unavailable"
                            assert response.headers["retry-after"] == "1"
                            time.sleep(0.05)
                        i += 1

            threads = [threading.Thread(target=load, args=(n,)) for n in range(3)]
            for thread in threads:
                thread.start()
            time.sleep(1.0)
            proxy.stop()
            with live.client("") as anonymous, live.client("scan") as probe:
                ready_down = anonymous.get("/readyz")
                scan_down = probe.post("/v1/scan", json={"id": "probe", "text": "hello"})
                time.sleep(1.5)
                proxy.start()
                up_at = time.monotonic()
                time.sleep(1.5)
                ready_up = anonymous.get("/readyz")
            stop.set()
            for thread in threads:
                thread.join(timeout=60)
            every = [str(r["item_id"]) for r in live.log.records()]
            logged = [i for i in every if i.startswith("r-")]
            total = len(every)
            verified = live.log.verify()
    finally:
        proxy.stop()
    statuses = [status for _, status, _ in results]
    assert set(statuses) <= {200, 503}, statuses  # never a 500, never a hung request
    assert ready_down.status_code == 503 and "unreachable" in ready_down.json()["database"]
    assert ready_up.status_code == 200
    assert scan_down.status_code == 503, scan_down.text  # fails at once and cleanly
    assert scan_down.json()["error"]["code"] == "database_unavailable"
    assert any(s == 200 for _, s, t in results if t > up_at + 0.5), results  # recovered
    accepted = sorted(item for item, status, _ in results if status == 200)
    assert sorted(logged) == accepted  # no lost and no extra decisions
    assert total == len(accepted)
    assert verified.ok
