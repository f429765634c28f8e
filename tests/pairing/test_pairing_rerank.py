"""The LLM re-ranker against a local OpenAI-compatible fake server (http.server in a
thread): a real HTTP round trip, not a mock object."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from spark_data.pairing.config import RerankConfig
from spark_data.pairing.rerank import RerankError, ask_scores, rerank_snippets


class _Fake(BaseHTTPRequestHandler):
    seen: list[dict] = []
    status = 200

    def do_POST(self):  # noqa: N802 (http.server's name)
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        _Fake.seen.append({"path": self.path, "auth": self.headers.get("Authorization"), **body})
        # Score a snippet by whether it writes the register the section is about.
        prompt = body["messages"][-1]["content"]
        snippets = prompt.split("Snippet ")[1:]
        scores = [1.0 if "ctrl_meas" in s.lower() else 0.1 for s in snippets]
        content = "```json\n" + json.dumps({"scores": scores}) + "\n```"
        reply = json.dumps({"choices": [{"message": {"role": "assistant", "content": content}}]})
        self.send_response(_Fake.status)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(reply.encode())

    def log_message(self, *args):
        pass


@pytest.fixture()
def server(monkeypatch):
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Fake)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    monkeypatch.setenv("SPARK_TEST_KEY", "sk-test")
    _Fake.seen, _Fake.status = [], 200
    yield f"http://127.0.0.1:{httpd.server_address[1]}/v1"
    httpd.shutdown()
    httpd.server_close()


def test_scores_come_back_over_http(server):
    cfg = RerankConfig(enabled=True, url=server, model="tiny", api_key_env="SPARK_TEST_KEY")
    scores = ask_scores("ctrl_meas", "Control measurement", ["write(CTRL_MEAS)", "id()"], cfg)
    assert scores == [1.0, 0.1]
    (req,) = _Fake.seen
    assert req["path"] == "/v1/chat/completions" and req["auth"] == "Bearer sk-test"
    assert req["model"] == "tiny" and req["temperature"] == 0


def test_rerank_reorders_and_survives_a_failing_endpoint(server):
    cfg = RerankConfig(
        enabled=True, url=server, model="m", api_key_env="SPARK_TEST_KEY", weight=0.5
    )
    snippets = [
        {"provenance": "a", "snippet": "read_id()", "score": 0.9},
        {"provenance": "b", "snippet": "write(BMP280_REG_CTRL_MEAS)", "score": 0.8},
    ]
    out = rerank_snippets("ctrl_meas", "", snippets, cfg)
    assert [s["provenance"] for s in out] == ["b", "a"] and out[0]["score"] == 0.9
    _Fake.status = 500
    with pytest.raises(RerankError):
        ask_scores("t", "", ["x"], cfg)
    kept = rerank_snippets("t", "", snippets, cfg)
    assert [s["score"] for s in kept] == [0.9, 0.8] and "rerank_error" in kept[0]
