/**
 * JMH micro-benchmarks of the client's hot paths; run them with {@code samples/benchmarks/jmh.sh}.
 */
package dev.integrations.openai.bench.jmh;
