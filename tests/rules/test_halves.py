"""The two-process split used by whole-repository scans: real forks, real pipes."""

from __future__ import annotations

import os
import signal
from collections.abc import Sequence
from pathlib import Path

import pytest
from commons_lint_rules._halves import can_fork, deal, in_two_halves


def require_fork() -> None:
    # Checked when the test runs: a thread started by a plugin would make the split
    # fall back to one process, and the test would then prove nothing.
    if not can_fork():
        pytest.skip("the split into two processes runs only on Linux, with two CPUs or "
                    "more and no other thread")


def test_dealing_keeps_every_item_once_and_alternates_blocks():
    items = list(range(10_000))
    first, second = deal(items, block=256)
    assert sorted(first + second) == items
    assert first[:256] == items[:256] and second[:256] == items[256:512]
    assert abs(len(first) - len(second)) <= 256


@pytest.mark.parametrize("count", [0, 1, 2, 17, 100])
def test_few_items_are_dealt_in_smaller_blocks(count):
    first, second = deal(list(range(count)))
    assert sorted(first + second) == list(range(count))
    if count >= 2:
        assert first and second


def pids_and_items(items: Sequence[int]) -> tuple[int, list[int]]:
    return os.getpid(), list(items)


def test_the_second_half_is_done_in_another_process():
    require_fork()
    results = in_two_halves(list(range(100)), pids_and_items, min_items=1)
    assert len(results) == 2
    (own_pid, own_items), (other_pid, other_items) = results
    assert own_pid == os.getpid() and other_pid != own_pid
    assert sorted(own_items + other_items) == list(range(100))


def test_below_the_threshold_everything_stays_here():
    results = in_two_halves(list(range(100)), pids_and_items, min_items=101)
    assert results == [(os.getpid(), list(range(100)))]


def test_a_failing_copy_has_its_half_done_here():
    require_fork()
    parent = os.getpid()

    def fails_elsewhere(items: Sequence[int]) -> tuple[int, list[int]]:
        if os.getpid() != parent:
            raise RuntimeError("the copy breaks")
        return pids_and_items(items)

    results = in_two_halves(list(range(100)), fails_elsewhere, min_items=1)
    assert [pid for pid, _items in results] == [parent, parent]
    assert sorted(results[0][1] + results[1][1]) == list(range(100))


def test_a_copy_killed_by_a_signal_has_its_half_done_here():
    require_fork()
    parent = os.getpid()

    def dies_elsewhere(items: Sequence[int]) -> tuple[int, list[int]]:
        if os.getpid() != parent:
            os.kill(os.getpid(), signal.SIGKILL)
        return pids_and_items(items)

    results = in_two_halves(list(range(100)), dies_elsewhere, min_items=1)
    assert sorted(results[0][1] + results[1][1]) == list(range(100))


def test_a_failure_here_stops_the_copy_and_is_raised():
    require_fork()
    parent = os.getpid()
    children_before = _children()

    def fails_here(items: Sequence[int]) -> None:
        if os.getpid() == parent:
            raise ValueError("broken here")
        signal.pause()  # the copy would wait forever if it were not stopped

    with pytest.raises(ValueError, match="broken here"):
        in_two_halves(list(range(100)), fails_here, min_items=1)
    assert _children() == children_before  # stopped and reaped: no zombie left


def _children() -> set[str]:
    listing = Path(f"/proc/{os.getpid()}/task/{os.getpid()}/children")
    try:
        return set(listing.read_text().split())
    except OSError:
        pytest.skip("/proc does not list child processes here")
