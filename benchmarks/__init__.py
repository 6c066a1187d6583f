"""Throughput, memory and quality benchmarks (``make bench``); not tests."""
