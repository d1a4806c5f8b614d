/**
 * Runnable examples. {@link io.quantor.examples.QuickStart} is the README's quick start:
 *
 * <pre>{@code
 * ./mvnw -B -q -pl examples -am compile exec:java
 * }</pre>
 */
package io.quantor.examples;
