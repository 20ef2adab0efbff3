"""The room's HTTP side: one page and a small JSON API, served by aiohttp on its own asyncio
loop in one thread (docs/room-server.md), so the window's event loop never waits for it.

Only the routes below exist. The page is put together from ``resources/room/`` once, at
start, and kept in memory: no path from a request ever reaches the file system. Every API
call carries the room's token (header ``X-Room-Token``) and, after joining, the device's key
(``X-Room-Device``); bodies are limited in size and checked field by field; each device and
each joining address has a rate limit. Handlers never touch SQLite: they wait for the room's
writer, which answers after the COMMIT.
"""

from __future__ import annotations

import asyncio
import base64
import errno
import hashlib
import json
import secrets
import threading
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from aiohttp import web

from staan_desktop.domain.messages import msg, phrase, verbatim
from staan_desktop.resources import resource_path

from ..errors import DocumentError, StaanError
from .limits import RateLimit
from .room import Ack, Device, Room, RoomRefusal

#: Largest request body (a full scoring ballot of 50 items × 10 criteria is about 8 KiB).
MAX_BODY = 16 * 1024
#: How long a handler waits for the writer before it answers "not stored" (the phone resends).
WRITE_SECONDS = 10.0

STATUS = {
    "token": 403, "closed": 403, "device": 401, "invalid": 400, "voted": 409, "no_round": 409,
    "rate": 429, "too_large": 413, "full": 503, "busy": 503, "server": 500,
    "name": 400, "card": 400, "card_used": 409,
}
MESSAGES = {
    "token": "Deze toegang is onjuist of verlopen.",
    "device": "Dit toestel is niet aangemeld; meld u opnieuw aan.",
    "rate": "Te veel verzoeken; probeer het zo opnieuw.",
    "too_large": "Dit verzoek is te groot.",
    "busy": "Niet bewaard; het wordt opnieuw geprobeerd.",
    "server": "Er ging iets mis; uw inzending is niet bewaard.",
}


def _refuse(code: str, message: str | None = None) -> web.Response:
    return web.json_response({"error": code, "message": message or MESSAGES.get(code, "")}, status=STATUS[code])


def _page() -> tuple[bytes, str]:
    """The page with its style and script inline (one request on a slow phone), and the
    Content-Security-Policy that allows exactly those two by their hashes."""
    folder = resource_path("room")
    css = (folder / "room.css").read_text("utf-8")
    script = (folder / "room.js").read_text("utf-8")
    html = (folder / "index.html").read_text("utf-8")
    html = html.replace("/*ROOM_CSS*/", css).replace("/*ROOM_JS*/", script)

    def digest(text: str) -> str:
        return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"

    policy = (
        f"default-src 'none'; style-src {digest(css)}; script-src {digest(script)}; connect-src 'self'; "
        "img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    )
    return html.encode("utf-8"), policy


@web.middleware
async def _guard(request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]) -> web.StreamResponse:
    try:
        response = await handler(request)
    except web.HTTPRequestEntityTooLarge:
        response = _refuse("too_large")
    except web.HTTPException as exc:  # 404, 405: a short answer, nothing about the server
        response = web.json_response({"error": "not_found"}, status=exc.status)
    except RoomRefusal as exc:
        response = _refuse(exc.code, exc.message)
    except StaanError as exc:
        response = web.json_response({"error": "refused", "message": exc.message}, status=409)
    except Exception:  # never a traceback to a phone
        response = _refuse("server")
    response.headers.setdefault("Cache-Control", "no-store")
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["X-Frame-Options"] = "DENY"
    response.headers.setdefault("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
    return response


class _Api:
    def __init__(self, room: Room, instance: str) -> None:
        self.room = room
        self.instance = instance
        self.page, self.policy = _page()
        self.devices = RateLimit(burst=20, per_second=4)
        self.joining = RateLimit(burst=200, per_second=5)
        # Results after a reveal are read from the file: off the loop, on two threads at most
        # (the document's connection pool is small, and the writer needs one too).
        self.readers = ThreadPoolExecutor(max_workers=2, thread_name_prefix="room-read")

    # The page and the health check ---------------------------------------------------------

    async def page_for(self, request: web.Request) -> web.Response:
        if not self.room.check_token(request.match_info["token"]):
            return web.Response(
                text="Deze toegang is onjuist of verlopen. / This link is wrong or has expired.",
                status=403, content_type="text/plain", charset="utf-8",
            )
        return web.Response(
            body=self.page, content_type="text/html", charset="utf-8",
            headers={"Content-Security-Policy": self.policy},
        )

    async def health(self, _request: web.Request) -> web.Response:
        # Tells the pre-flight check that it reached this very server; says nothing else.
        return web.json_response({"room": self.instance})

    # The API ------------------------------------------------------------------------------

    def _token(self, request: web.Request) -> None:
        token = request.headers.get("X-Room-Token", "")
        if len(token) > 100 or not self.room.check_token(token):
            raise RoomRefusal("token", verbatim(MESSAGES["token"]))

    def _device(self, request: web.Request) -> Device:
        self._token(request)
        key = request.headers.get("X-Room-Device", "")
        if not key or len(key) > 100:
            raise RoomRefusal("device", verbatim(MESSAGES["device"]))
        if not self.devices.allow(key):
            raise RoomRefusal("rate", verbatim(MESSAGES["rate"]))
        found = self.room.device(key)
        if found is None:
            raise RoomRefusal("device", verbatim(MESSAGES["device"]))
        return found

    async def _body(self, request: web.Request) -> dict[str, Any]:
        raw = await request.read()  # aiohttp refuses more than MAX_BODY before reading it all
        try:
            value = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            raise RoomRefusal("invalid", msg("room.request_unreadable")) from None
        if not isinstance(value, dict):
            raise RoomRefusal("invalid", msg("room.request_unreadable"))
        return value

    async def _stored(self, future: Any) -> Any:
        try:
            return await asyncio.wait_for(asyncio.shield(asyncio.wrap_future(future)), WRITE_SECONDS)
        except TimeoutError:
            raise RoomRefusal("busy", verbatim(MESSAGES["busy"])) from None

    async def info(self, request: web.Request) -> web.Response:
        self._token(request)
        card = request.headers.get("X-Room-Card", "")
        return web.json_response({
            "title": self.room.title,
            "municipalities": [{"id": key, "name": name} for key, name in self.room.municipalities.items()],
            # Whether joining needs a card, and what the phone's own card already says.
            "cards": self.room.cards_only,
            "card": self.room.card_info(card) if card and self.room.cards_only else None,
        })

    async def join(self, request: web.Request) -> web.Response:
        self._token(request)
        if not self.joining.allow(request.remote or ""):
            raise RoomRefusal("rate", verbatim(MESSAGES["rate"]))
        body = await self._body(request)
        return web.json_response({"device": self.room.join(body.get("municipality"), card=body.get("card"))})

    async def state(self, request: web.Request) -> web.Response:
        device = self._device(request)
        return web.json_response(await asyncio.get_running_loop().run_in_executor(self.readers, self.room.state_for, device))

    async def ballot(self, request: web.Request) -> web.Response:
        device = self._device(request)
        body = await self._body(request)
        future = self.room.submit_ballot(
            device, submission=body.get("submission"), round_id=body.get("round"), scores=body.get("scores"),
            name=body.get("name"),
        )
        return _acknowledged(await self._stored(future))

    async def vote(self, request: web.Request) -> web.Response:
        device = self._device(request)
        body = await self._body(request)
        future = self.room.submit_vote(
            device, submission=body.get("submission"), round_id=body.get("round"), choice=body.get("choice"),
            name=body.get("name"),
        )
        return _acknowledged(await self._stored(future))

    async def contribution(self, request: web.Request) -> web.Response:
        device = self._device(request)
        body = await self._body(request)
        future = self.room.submit_contribution(
            device, submission=body.get("submission"), round_id=body.get("round"), text=body.get("text"),
            quadrant=body.get("quadrant"), name=body.get("name"),
        )
        return _acknowledged(await self._stored(future))


def _acknowledged(ack: Ack) -> web.Response:
    return web.json_response({"stored": ack.submission, "duplicate": ack.duplicate, "changed": ack.changed})


def build_app(room: Room, instance: str) -> web.Application:
    api = _Api(room, instance)
    app = web.Application(client_max_size=MAX_BODY, middlewares=[_guard])
    app.router.add_get("/j/{token}", api.page_for)
    app.router.add_get("/health", api.health)
    app.router.add_get("/api/info", api.info)
    app.router.add_post("/api/join", api.join)
    app.router.add_get("/api/state", api.state)
    app.router.add_post("/api/ballot", api.ballot)
    app.router.add_post("/api/vote", api.vote)
    app.router.add_post("/api/contribution", api.contribution)
    return app


def _bind_failure(host: str, port: int, exc: OSError) -> DocumentError:
    reasons = {
        errno.EADDRINUSE: "de poort is al in gebruik; kies een andere poort",
        errno.EADDRNOTAVAIL: "dit adres hoort niet bij deze computer",
        errno.EACCES: "geen toestemming voor deze poort; kies een poort boven 1024",
    }
    reason = reasons.get(exc.errno or 0, "het netwerk weigert het")
    return DocumentError(msg("room.cannot_open_on", host=host, port=port, reason=phrase(reason)), str(exc))


class RoomServer:
    """The server of one room, on ``host`` only; ``port`` 0 takes a free one."""

    def __init__(self, room: Room, host: str, port: int = 0) -> None:
        self.room = room
        self.host = host
        self.port = port
        self.instance = secrets.token_hex(8)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None

    def start(self, timeout: float = 10.0) -> None:
        loop = asyncio.new_event_loop()
        ready = threading.Event()
        failure: list[BaseException] = []
        runner = web.AppRunner(build_app(self.room, self.instance), access_log=None, handle_signals=False)

        async def begin() -> None:
            await runner.setup()
            site = web.TCPSite(runner, self.host, self.port, backlog=256)
            await site.start()
            # The bound socket tells which port a 0 became.
            for address in runner.addresses:
                self.port = int(address[1])

        def serve() -> None:
            asyncio.set_event_loop(loop)
            try:
                loop.run_until_complete(begin())
            except BaseException as exc:
                failure.append(exc)
                ready.set()
                loop.run_until_complete(runner.cleanup())
                loop.close()
                return
            ready.set()
            try:
                loop.run_forever()
            finally:
                loop.run_until_complete(runner.cleanup())
                loop.close()

        self._loop = loop
        self._thread = threading.Thread(target=serve, name="room-server", daemon=True)
        self._thread.start()
        if not ready.wait(timeout):
            raise DocumentError(msg("room.open_timeout"))
        if failure:
            exc = failure[0]
            if isinstance(exc, OSError):
                raise _bind_failure(self.host, self.port, exc) from exc
            raise DocumentError(msg("room.cannot_open"), repr(exc)) from exc

    def stop(self, timeout: float = 10.0) -> None:
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return
        if thread.is_alive():
            loop.call_soon_threadsafe(loop.stop)
            thread.join(timeout)
        self._loop = self._thread = None

    def url(self, host: str | None = None) -> str:
        shown = host or self.host
        if ":" in shown:
            shown = f"[{shown}]"
        return f"http://{shown}:{self.port}"


@dataclass
class OpenRoom:
    """A room and its server, started together and closed together."""

    room: Room
    server: RoomServer
    token: str

    @property
    def join_url(self) -> str:
        return f"{self.server.url()}/j/{self.token}"

    def close(self) -> list[Any]:
        """Refuse every token at once, close the round (its scores enter the document), stop
        the server. Returns the changes the closing made."""
        try:
            return self.room.close()
        finally:
            self.server.stop()


def open_room(room: Room, host: str, port: int = 0) -> OpenRoom:
    """Open ``room`` and serve it on ``host``:``port``; the room is closed again when the
    server cannot start."""
    token = room.open()
    server = RoomServer(room, host, port)
    try:
        server.start()
    except BaseException:
        room.close()
        raise
    return OpenRoom(room, server, token)
