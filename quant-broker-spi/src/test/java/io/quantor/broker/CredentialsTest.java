package io.quantor.broker;

import static io.quantor.broker.resilience.ScriptedBroker.Step.fail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.broker.BrokerException.Code;
import io.quantor.broker.resilience.CircuitBreaker;
import io.quantor.broker.resilience.JsonLinesDeadLetterJournal;
import io.quantor.broker.resilience.ResilientBroker;
import io.quantor.broker.resilience.RetryPolicy;
import io.quantor.broker.resilience.ScriptedBroker;
import io.quantor.core.trade.Instrument;
import io.quantor.core.trade.OrderRequest;
import io.quantor.core.trade.Side;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No credential reaches a log line or an exception message: {@link Credentials#toString()}, {@link
 * BrokerConfig#toString()} and its parse errors mask secrets, and the resilience paths that log and throw
 * (retries, dead letters, the circuit breaker, close) never carry them, even when an adapter puts its
 * whole config into its error messages. Logs are captured from standard error, where the test-scoped
 * {@code slf4j-simple} binding writes (it looks {@code System.err} up on every line).
 */
class CredentialsTest {

  private static final String SECRET = "s3cr3t-Zq9x-DO-NOT-LOG";
  private static final String KEY_ID = "AK-PUBLIC-1";
  private static final String TOKEN = "tok-7f1c-PRIVATE";
  private static final String PASSWORD = "hunter2-PRIVATE";

  private static BrokerConfig config() {
    return BrokerConfig.of(Map.of("host", "api.example.com", "apiToken", TOKEN, "password", PASSWORD,
        "clientSecret", SECRET, "apiKeyId", KEY_ID, "initialCash", "100000"))
        .withCredentials(Credentials.of(KEY_ID, SECRET));
  }

  private static void assertNoSecret(String text, String where) {
    for (String secret : List.of(SECRET, TOKEN, PASSWORD)) {
      assertFalse(text.contains(secret), where + " contains a secret: " + text);
    }
  }

  @Test
  void credentialsPrintOnlyTheKeyId() {
    Credentials c = Credentials.of(KEY_ID, SECRET);
    assertEquals("Credentials[keyId=AK-PUBLIC-1, secret=***]", c.toString());
    assertEquals(SECRET, new String(c.revealSecret()));
    assertEquals("secret must not be empty",
        assertThrows(IllegalArgumentException.class, () -> Credentials.of(KEY_ID, "")).getMessage());
  }

  @Test
  void configMasksCredentialsAndSecretLookingKeys() {
    String text = config().toString();
    assertEquals("BrokerConfig{apiKeyId=***, apiToken=***, clientSecret=***, host=api.example.com, "
        + "initialCash=100000, password=***, Credentials[keyId=AK-PUBLIC-1, secret=***]}", text);
    assertNoSecret(text, "BrokerConfig.toString");
  }

  @Test
  void configParseErrorsMaskSecretLookingValues() {
    BrokerConfig config = config();
    IllegalArgumentException number = assertThrows(IllegalArgumentException.class,
        () -> config.getDouble("clientSecret", 0));
    assertEquals("setting clientSecret must be a finite number, was '***'", number.getMessage());
    IllegalArgumentException bool = assertThrows(IllegalArgumentException.class,
        () -> config.getBoolean("password", false));
    assertEquals("setting password must be true or false, was '***'", bool.getMessage());
    IllegalArgumentException plain = assertThrows(IllegalArgumentException.class,
        () -> config.getDouble("host", 0));
    assertEquals("setting host must be a finite number, was 'api.example.com'", plain.getMessage(),
        "ordinary values are shown");
  }

  @Test
  void resiliencePathsNeverLogOrThrowASecret(@TempDir Path dir) throws IOException {
    BrokerConfig config = config();
    Clock clock = Clock.fixed(Instant.parse("2024-06-03T14:00:00Z"), ZoneOffset.UTC);
    // A careless adapter: every error message ends with its config.
    ScriptedBroker delegate = ScriptedBroker.withContext("careless", clock, "config " + config,
        fail(Code.UNAVAILABLE), fail(Code.UNAVAILABLE), fail(Code.UNAVAILABLE),   // submit o-1: exhausted
        fail(Code.AUTH),                                                           // submit o-2: not retried
        fail(Code.UNAVAILABLE), fail(Code.UNAVAILABLE));                          // account: opens breaker
    Path deadLetterFile = dir.resolve("dead.jsonl");
    List<Throwable> thrown = new ArrayList<>();
    PrintStream originalErr = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try (JsonLinesDeadLetterJournal letters = JsonLinesDeadLetterJournal.open(deadLetterFile)) {
      System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
      ResilientBroker broker = ResilientBroker.builder(delegate)
          .retryPolicy(RetryPolicy.builder().maxAttempts(3).initialDelay(Duration.ofMillis(10)).build())
          .circuitBreaker(CircuitBreaker.builder("careless").failureThreshold(5).clock(clock).build())
          .clock(clock).sleeper(d -> { }).deadLetters(letters).cancelOpenOrdersOnClose(true)
          .flushOnClose(() -> {
            throw new IOException("journal flush failed for " + config);
          })
          .build();
      OrderRequest first = OrderRequest.market("o-1", Instrument.stock("ORCL"), Side.BUY, 10,
          clock.instant());
      thrown.add(assertThrows(BrokerException.class, () -> broker.submit(first)));
      thrown.add(assertThrows(BrokerException.class, () -> broker.submit(first.withClientOrderId("o-2"))));
      thrown.add(assertThrows(BrokerException.class, broker::account));
      assertEquals(CircuitBreaker.State.OPEN, broker.circuitBreaker().orElseThrow().state());
      thrown.add(assertThrows(BrokerException.class, () -> broker.submit(first.withClientOrderId("o-3"))));
      thrown.add(assertThrows(BrokerException.class, broker::close));
    } finally {
      System.setErr(originalErr);
    }
    String log = captured.toString(StandardCharsets.UTF_8);
    // The capture works and the paths did log: retries, dead letters, the breaker, close.
    assertTrue(log.contains("retrying in"), log);
    assertTrue(log.contains("failed for good"), log);
    assertTrue(log.contains("circuit breaker 'careless' OPEN"), log);
    assertTrue(log.contains("the flush hook failed"), log);
    assertTrue(log.contains("keyId=" + KEY_ID), "the adapter's (masked) config did reach the log");
    assertNoSecret(log, "the log");
    assertEquals(5, thrown.size());
    for (Throwable t : thrown) {
      assertNoSecret(String.valueOf(t.getMessage()), "an exception message");
      StringWriter trace = new StringWriter();
      t.printStackTrace(new PrintWriter(trace));
      assertNoSecret(trace.toString(), "a stack trace (with causes and suppressed)");
    }
    String deadLetters = Files.readString(deadLetterFile, StandardCharsets.UTF_8);
    assertEquals(3, deadLetters.lines().count(), "o-1, o-2 and o-3 were dead-lettered");
    assertNoSecret(deadLetters, "the dead-letter journal");
  }
}
