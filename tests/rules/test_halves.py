"""The two-process split used by whole-repository scans: real forks, real pipes.

The checks that need a fork run in a fresh interpreter (``in_fresh_process``): the test
process may hold threads left by earlier tests, and a process with threads never forks.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from collections.abc import Sequence
from pathlib import Path

from commons_lint_rules._halves import can_fork, deal, in_two_halves
from fresh_process import in_fresh_process


def test_dealing_keeps_every_item_once_and_alternates_blocks():
    items = list(range(10_000))
    first, second = deal(items, block=256)
    assert sorted(first + second) == items
    assert first[:256] == items[:256] and second[:256] == items[256:512]
    assert abs(len(first) - len(second)) <= 256


def test_few_items_are_dealt_in_smaller_blocks():
    for count in (0, 1, 2, 17, 100):
        first, second = deal(list(range(count)))
        assert sorted(first + second) == list(range(count))
        if count >= 2:
            assert first and second


def pids_and_items(items: Sequence[int]) -> tuple[int, list[int]]:
    return os.getpid(), list(items)


def check_the_second_half_is_done_in_another_process() -> None:
    assert can_fork()
    results = in_two_halves(list(range(100)), pids_and_items, min_items=1)
    assert len(results) == 2
    (own_pid, own_items), (other_pid, other_items) = results
    assert own_pid == os.getpid() and other_pid != own_pid
    assert sorted(own_items + other_items) == list(range(100))


def test_the_second_half_is_done_in_another_process():
    in_fresh_process(check_the_second_half_is_done_in_another_process)


def test_below_the_threshold_everything_stays_here():
    results = in_two_halves(list(range(100)), pids_and_items, min_items=101)
    assert results == [(os.getpid(), list(range(100)))]


def test_a_process_with_another_thread_does_not_fork():
    release = threading.Event()
    other = threading.Thread(target=release.wait, daemon=True)
    other.start()
    try:
        assert not can_fork()
        results = in_two_halves(list(range(100)), pids_and_items, min_items=1)
    finally:
        release.set()
        other.join()
    assert results == [(os.getpid(), list(range(100)))]


def test_the_language_model_starts_no_thread_that_would_prevent_forking():
    # numpy's OpenBLAS starts a pool of threads on import unless told otherwise.
    script = (
        "import os, sys\n"
        "from commons_lint_rules._languages import identify_language\n"
        "text = 'Ce projet libre aide les communes à publier leurs données ouvertes. ' * 4\n"
        "assert identify_language(text) == 'fr'\n"
        "assert 'numpy' in sys.modules  # the model was loaded\n"
        "print(len(os.listdir('/proc/self/task')))\n"
    )
    environment = {k: v for k, v in os.environ.items() if not k.endswith("_NUM_THREADS")}
    completed = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                               env=environment, check=True)
    assert completed.stdout.strip() == "1"


def check_a_failing_copy_has_its_half_done_here() -> None:
    assert can_fork()
    parent = os.getpid()

    def fails_elsewhere(items: Sequence[int]) -> tuple[int, list[int]]:
        if os.getpid() != parent:
            raise RuntimeError("the copy breaks")
        return pids_and_items(items)

    results = in_two_halves(list(range(100)), fails_elsewhere, min_items=1)
    assert [pid for pid, _items in results] == [parent, parent]
    assert sorted(results[0][1] + results[1][1]) == list(range(100))


def test_a_failing_copy_has_its_half_done_here():
    in_fresh_process(check_a_failing_copy_has_its_half_done_here)


def check_a_copy_killed_by_a_signal_has_its_half_done_here() -> None:
    assert can_fork()
    parent = os.getpid()

    def dies_elsewhere(items: Sequence[int]) -> tuple[int, list[int]]:
        if os.getpid() != parent:
            os.kill(os.getpid(), signal.SIGKILL)
        return pids_and_items(items)

    results = in_two_halves(list(range(100)), dies_elsewhere, min_items=1)
    assert [pid for pid, _items in results] == [parent, parent]
    assert sorted(results[0][1] + results[1][1]) == list(range(100))


def test_a_copy_killed_by_a_signal_has_its_half_done_here():
    in_fresh_process(check_a_copy_killed_by_a_signal_has_its_half_done_here)


def check_a_failure_here_stops_the_copy_and_is_raised() -> None:
    assert can_fork()
    parent = os.getpid()
    children = Path(f"/proc/{parent}/task/{parent}/children")

    def fails_here(items: Sequence[int]) -> None:
        if os.getpid() == parent:
            raise ValueError("broken here")
        signal.pause()  # the copy would wait forever if it were not stopped

    try:
        in_two_halves(list(range(100)), fails_here, min_items=1)
    except ValueError as error:
        assert str(error) == "broken here"
    else:
        raise AssertionError("the failure was not raised")
    assert children.read_text().split() == []  # stopped and reaped: no zombie left


def test_a_failure_here_stops_the_copy_and_is_raised():
    in_fresh_process(check_a_failure_here_stops_the_copy_and_is_raised)
