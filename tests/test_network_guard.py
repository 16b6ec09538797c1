"""The suite-wide guard really refuses network use (so a test that would
reach the network fails)."""

import socket

import pytest

from tests.conftest import NetworkAttempt


def test_tcp_connect_is_refused(no_network: list[str]) -> None:
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        with pytest.raises(NetworkAttempt):
            s.connect(("127.0.0.1", 9))
    finally:
        s.close()
    assert no_network == ["connect ('127.0.0.1', 9)"]
    no_network.clear()  # recorded as expected; the teardown check would fail otherwise


def test_name_lookup_is_refused(no_network: list[str]) -> None:
    with pytest.raises(NetworkAttempt):
        socket.getaddrinfo("example.org", 443)
    assert len(no_network) == 1
    no_network.clear()


def test_unix_sockets_stay_allowed(tmp_path) -> None:  # type: ignore[no-untyped-def]
    a, b = socket.socketpair()
    a.sendall(b"x")
    assert b.recv(1) == b"x"
    a.close()
    b.close()
