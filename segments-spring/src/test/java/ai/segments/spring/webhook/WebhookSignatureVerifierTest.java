package ai.segments.spring.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.segments.spring.support.Examples;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookSignatureVerifierTest {

  private static final JsonNode VECTOR = Examples.tree("webhook-signature-test-vector.json");
  private static final String ID = VECTOR.at("/headers/svix-id").asText();
  private static final long TIMESTAMP = VECTOR.at("/headers/svix-timestamp").asLong();
  private static final String BODY = VECTOR.get("raw_body").asText();
  private static final Duration TOLERANCE = Duration.ofMinutes(5);

  private static WebhookSignatureVerifier verifier(String secret, long nowSeconds) {
    Clock clock = Clock.fixed(Instant.ofEpochSecond(nowSeconds), ZoneOffset.UTC);
    return new WebhookSignatureVerifier(secret, TOLERANCE, clock);
  }

  private static byte[] bytes(String body) {
    return body.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void independentlyComputedSignaturesMatchTheTestVector() {
    String secret = VECTOR.get("secret").asText();
    assertThat(TestSignatures.sign(secret, ID, TIMESTAMP, BODY))
        .isEqualTo(VECTOR.get("expected_signature_for_secret").asText());
    assertThat(TestSignatures.sign(VECTOR.get("previous_secret").asText(), ID, TIMESTAMP, BODY))
        .isEqualTo(VECTOR.get("expected_signature_for_previous_secret").asText());
    assertThat(ID + "." + TIMESTAMP + "." + BODY).isEqualTo(VECTOR.get("signed_content").asText());
    byte[] key = java.util.Base64.getDecoder().decode(secret.substring("whsec_".length()));
    assertThat(HexFormat.of().formatHex(key))
        .isEqualTo(VECTOR.get("hmac_key_hex_for_secret").asText());
  }

  @Test
  void acceptsTheTestVectorWithEitherSecret() {
    String header = VECTOR.at("/headers/svix-signature").asText();
    for (String secret : new String[] {"secret", "previous_secret"}) {
      WebhookSignatureVerifier verifier = verifier(VECTOR.get(secret).asText(), TIMESTAMP);
      assertThatCode(() -> verifier.verify(ID, String.valueOf(TIMESTAMP), header, bytes(BODY)))
          .doesNotThrowAnyException();
    }
  }

  @ParameterizedTest
  @CsvSource({
    "msg_1, 1700000000, '{}'",
    "msg_2bUXpWqN, 1710757267, '{\"event_type\":\"sample.created\",\"text\":\"Zoë 🌸\"}'",
    "id.with.dots, 4102444800, ''"
  })
  void acceptsSignaturesComputedInTheTest(String id, long timestamp, String body) {
    String signature = TestSignatures.sign(TestSignatures.SECRET, id, timestamp, body);
    WebhookSignatureVerifier verifier = verifier(TestSignatures.SECRET, timestamp);
    assertThatCode(() -> verifier.verify(id, String.valueOf(timestamp), signature, bytes(body)))
        .doesNotThrowAnyException();
  }

  @Test
  void rejectsATamperedBody() {
    String signature = VECTOR.get("expected_signature_for_secret").asText();
    String tampered = BODY.replace("violet.jpg", "violet.png");
    assertThatThrownBy(
            () ->
                verifier(VECTOR.get("secret").asText(), TIMESTAMP)
                    .verify(ID, String.valueOf(TIMESTAMP), signature, bytes(tampered)))
        .isInstanceOf(WebhookVerificationException.class)
        .hasMessage("No matching webhook signature.");
  }

  @Test
  void rejectsATamperedIdOrTimestamp() {
    String signature = VECTOR.get("expected_signature_for_secret").asText();
    WebhookSignatureVerifier verifier = verifier(VECTOR.get("secret").asText(), TIMESTAMP);
    assertThatThrownBy(
            () -> verifier.verify(ID + "x", String.valueOf(TIMESTAMP), signature, bytes(BODY)))
        .isInstanceOf(WebhookVerificationException.class);
    assertThatThrownBy(
            () -> verifier.verify(ID, String.valueOf(TIMESTAMP - 1), signature, bytes(BODY)))
        .isInstanceOf(WebhookVerificationException.class);
  }

  @Test
  void rejectsTheWrongSecret() {
    String signature = VECTOR.get("expected_signature_for_secret").asText();
    assertThatThrownBy(
            () ->
                verifier(TestSignatures.SECRET, TIMESTAMP)
                    .verify(ID, String.valueOf(TIMESTAMP), signature, bytes(BODY)))
        .isInstanceOf(WebhookVerificationException.class)
        .hasMessage("No matching webhook signature.");
  }

  @Test
  void acceptsOneValidSignatureAmongSeveral() {
    String valid = TestSignatures.sign(TestSignatures.SECRET, ID, TIMESTAMP, BODY);
    String wrong = TestSignatures.sign(VECTOR.get("secret").asText(), ID, TIMESTAMP, BODY);
    String otherVersion = "v2," + valid.substring(3);
    String header = wrong + " " + otherVersion + "  v1,not-base64!! " + valid + " v1";
    assertThatCode(
            () ->
                verifier(TestSignatures.SECRET, TIMESTAMP)
                    .verify(ID, String.valueOf(TIMESTAMP), header, bytes(BODY)))
        .doesNotThrowAnyException();
  }

  @Test
  void ignoresOtherSignatureVersions() {
    String valid = TestSignatures.sign(TestSignatures.SECRET, ID, TIMESTAMP, BODY);
    String header = "v1a," + valid.substring(3) + " v2," + valid.substring(3);
    assertThatThrownBy(
            () ->
                verifier(TestSignatures.SECRET, TIMESTAMP)
                    .verify(ID, String.valueOf(TIMESTAMP), header, bytes(BODY)))
        .isInstanceOf(WebhookVerificationException.class);
  }

  @ParameterizedTest
  @CsvSource({
    "-300, ", // exactly the tolerance in the past
    "300, ", // exactly the tolerance in the future
    "-301, Webhook timestamp too old.",
    "-360, Webhook timestamp too old.",
    "301, Webhook timestamp too new.",
    "86400, Webhook timestamp too new."
  })
  void checksTheTimestampAgainstTheTolerance(long offsetSeconds, String failure) {
    long sent = TIMESTAMP + offsetSeconds;
    String signature = TestSignatures.sign(TestSignatures.SECRET, ID, sent, BODY);
    WebhookSignatureVerifier verifier = verifier(TestSignatures.SECRET, TIMESTAMP);
    if (failure == null) {
      assertThatCode(() -> verifier.verify(ID, String.valueOf(sent), signature, bytes(BODY)))
          .doesNotThrowAnyException();
    } else {
      assertThatThrownBy(() -> verifier.verify(ID, String.valueOf(sent), signature, bytes(BODY)))
          .isInstanceOf(WebhookVerificationException.class)
          .hasMessage(failure);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"soon", "1.7e9", "99999999999999999999", "-9223372036854775808"})
  void rejectsMalformedTimestamps(String timestamp) {
    assertThatThrownBy(
            () ->
                verifier(TestSignatures.SECRET, TIMESTAMP)
                    .verify(ID, timestamp, "v1,AAAA", bytes(BODY)))
        .isInstanceOf(WebhookVerificationException.class)
        .hasMessage("Invalid webhook timestamp.");
  }

  @Test
  void readsSvixOrWebhookPrefixedHeaders() {
    String signature = TestSignatures.sign(TestSignatures.SECRET, ID, TIMESTAMP, BODY);
    WebhookSignatureVerifier verifier = verifier(TestSignatures.SECRET, TIMESTAMP);
    for (String prefix : new String[] {"svix-", "webhook-"}) {
      Map<String, String> headers =
          Map.of(
              prefix + "id", ID,
              prefix + "timestamp", String.valueOf(TIMESTAMP),
              prefix + "signature", signature);
      assertThat(verifier.verify(headers::get, bytes(BODY)))
          .isEqualTo(new VerifiedWebhookMessage(ID, Instant.ofEpochSecond(TIMESTAMP)));
    }
  }

  @Test
  void rejectsMissingHeaders() {
    WebhookSignatureVerifier verifier = verifier(TestSignatures.SECRET, TIMESTAMP);
    Map<String, String> onlyId = Map.of("svix-id", ID);
    assertThatThrownBy(() -> verifier.verify(onlyId::get, bytes(BODY)))
        .isInstanceOf(WebhookVerificationException.class)
        .hasMessage("Missing webhook signature headers.");
    assertThatThrownBy(() -> verifier.verify(name -> null, bytes(BODY)))
        .isInstanceOf(WebhookVerificationException.class);
    assertThatThrownBy(() -> verifier.verify(ID, String.valueOf(TIMESTAMP), " ", bytes(BODY)))
        .isInstanceOf(WebhookVerificationException.class);
  }

  @Test
  void acceptsTheSecretWithoutItsPrefix() {
    String secret = VECTOR.get("secret").asText();
    String signature = VECTOR.get("expected_signature_for_secret").asText();
    assertThatCode(
            () ->
                verifier(secret.substring("whsec_".length()), TIMESTAMP)
                    .verify(ID, String.valueOf(TIMESTAMP), signature, bytes(BODY)))
        .doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(strings = {"whsec_", "whsec_not*base64", "", "whsec_!!"})
  void rejectsInvalidSecretsWithoutShowingThem(String secret) {
    assertThat(WebhookSignatureVerifier.isValidSecret(secret)).isFalse();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> verifier(secret, TIMESTAMP))
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("*", "!!"))
        .withNoCause();
    assertThat(WebhookSignatureVerifier.isValidSecret(null)).isFalse();
    assertThat(WebhookSignatureVerifier.isValidSecret(TestSignatures.SECRET)).isTrue();
  }
}
