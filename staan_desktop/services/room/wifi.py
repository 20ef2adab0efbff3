"""The text of the optional second QR code, which joins a phone to the room's Wi-Fi.

The format is the one phones' cameras read (ZXing's ``WIFI:`` code, adopted by the Wi-Fi
Alliance): ``WIFI:T:WPA;S:<ssid>;P:<password>;;`` with ``\\ ; , : "`` escaped by a backslash.
segno's ``helpers.make_wifi_data`` leaves the comma unescaped, which the format requires, so
the escaping is done here and segno only draws the code.

The password is the facilitator's to keep: it lives in the window's settings (or the command
line's environment), is drawn into the QR code and never goes into the ``.staan`` file, a log
or a message (:class:`WifiNetwork`'s ``repr`` hides it).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from staan_desktop.domain.messages import msg

from ..errors import ValidationError

#: The characters the format gives a meaning (a backslash first, so it is not escaped twice).
_SPECIAL = {ord(c): "\\" + c for c in '\\;,:"'}
#: SSIDs are at most 32 bytes; a WPA passphrase 8 to 63 characters (or 64 hexadecimal digits).
MAX_SSID_BYTES = 32


def escape(value: str) -> str:
    return value.translate(_SPECIAL)


@dataclass(frozen=True)
class WifiNetwork:
    ssid: str
    password: str = field(default="", repr=False)
    hidden: bool = False

    @property
    def security(self) -> str:
        return "WPA" if self.password else "nopass"

    def payload(self) -> str:
        """The text of the QR code."""
        text = f"WIFI:T:{self.security};S:{escape(self.ssid)};"
        if self.password:
            text += f"P:{escape(self.password)};"
        # The code always ends in an empty field (";;"), a hidden network's too.
        return text + ("H:true;;" if self.hidden else ";")


def network(ssid: str, password: str = "", *, hidden: bool = False) -> WifiNetwork:
    """The network as the facilitator typed it, checked; an empty password is an open network."""
    name = ssid.strip()
    if not name:
        raise ValidationError(msg("room.wifi_needs_name"))
    if len(name.encode("utf-8")) > MAX_SSID_BYTES:
        raise ValidationError(msg("room.wifi_name_too_long", maximum=MAX_SSID_BYTES))
    if password and not (8 <= len(password) <= 63 or (len(password) == 64 and _hex(password))):
        raise ValidationError(msg("room.wifi_password_length"))
    if any(not c.isprintable() for c in name + password):
        raise ValidationError(msg("room.wifi_plain_line"))
    return WifiNetwork(name, password, hidden)


def _hex(text: str) -> bool:
    return all(c in "0123456789abcdefABCDEF" for c in text)
