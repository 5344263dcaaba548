"""A phone, as the tests and the benchmark see it: the phone page's requests over HTTP."""

from __future__ import annotations

import json
import secrets
import urllib.error
import urllib.request
from typing import Any
from urllib.parse import urlsplit


class Phone:
    def __init__(self, join_url: str, language: str = "en") -> None:
        parts = urlsplit(join_url)
        self.origin = f"{parts.scheme}://{parts.netloc}"
        self.base = join_url if join_url.endswith("/") else join_url + "/"
        self.token = parts.path.split("/")[2]
        self.device = secrets.token_hex(16)
        self.language = language

    def _request(
        self,
        method: str,
        path: str,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
    ) -> tuple[int, dict[str, Any]]:
        sent = {"X-Room-Device": self.device, "Accept-Language": self.language}
        sent.update(headers or {})
        request = urllib.request.Request(path, data=body, method=method, headers=sent)
        try:
            with urllib.request.urlopen(request, timeout=20) as response:
                return response.status, json.loads(response.read())
        except urllib.error.HTTPError as error:
            payload = error.read()
            return error.code, json.loads(payload) if payload else {}

    def get(self, path: str, headers: dict[str, str] | None = None) -> tuple[int, bytes, Any]:
        sent = {"X-Room-Device": self.device, "Accept-Language": self.language}
        sent.update(headers or {})
        request = urllib.request.Request(path, headers=sent)
        try:
            with urllib.request.urlopen(request, timeout=20) as response:
                return response.status, response.read(), response.headers
        except urllib.error.HTTPError as error:
            return error.code, error.read(), error.headers

    def state(self) -> dict[str, Any]:
        status, payload = self._request("GET", self.base + "api/state")
        assert status == 200, payload
        return payload

    def post(
        self, action: dict[str, Any], token: str | None = None, raw: bytes | None = None
    ) -> tuple[int, dict[str, Any]]:
        body = raw if raw is not None else json.dumps(action, ensure_ascii=False).encode("utf-8")
        headers = {"Content-Type": "application/json"}
        if token is not None:
            headers["X-Room-Token"] = token
        return self._request("POST", self.base + "api/act", body, headers)

    def act(self, op: str, action_id: str | None = None, **fields: Any) -> dict[str, Any]:
        action = {"op": op, "id": action_id or secrets.token_hex(8), **fields}
        status, payload = self.post(action, token=self.token)
        assert status == 200, (status, payload)
        return payload
