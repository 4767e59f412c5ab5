package ai.segments.client.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FastInstantDeserializerTest {

  private static final ObjectMapper STRICT = SegmentsJson.objectMapper(true);

  private static final ObjectMapper JAVA_TIME_ONLY =
      JsonMapper.builder().addModule(new JavaTimeModule()).build();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2024-03-18T10:21:07.123456Z",
        "2024-03-18T10:21:07Z",
        "2024-02-29T23:59:59.999999999Z",
        "1970-01-01T00:00:00.1Z",
        "1969-12-31T23:59:59.5Z",
        "2024-03-18T10:21:07.123+02:00",
        "2024-03-18T10:21:07-05:30"
      })
  void readsTheApiTimestampsLikeTheJavaTimeParser(String text) throws Exception {
    Instant expected = OffsetDateTime.parse(text).toInstant();

    assertThat(FastInstantDeserializer.parse(text)).isEqualTo(expected);
    assertThat(STRICT.readValue("\"" + text + "\"", Instant.class)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-03-18T10:21:07", "2024-03-18T10:21:07.123456"})
  void readsATimestampWithoutAZoneAsUtcInBothModesAsTheSdkAcceptsIt(String text) throws Exception {
    Instant expected = LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);

    assertThat(FastInstantDeserializer.parse(text)).isEqualTo(expected);
    assertThat(STRICT.readValue("\"" + text + "\"", Instant.class)).isEqualTo(expected);
    assertThat(SegmentsJson.objectMapper(false).readValue("\"" + text + "\"", Instant.class))
        .isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2024-02-30T10:21:07Z",
        "2024-13-01T10:21:07Z",
        "2024-03-18T24:00:00Z",
        "2024-03-18 10:21:07Z",
        "2024-03-18T10:21:07.Z",
        "2024-03-18T10:21:07.1234567890Z",
        "2024-03-18T10:21:07+0200",
        "not a date"
      })
  void leavesEverythingElseToJackson(String text) {
    assertThat(FastInstantDeserializer.parse(text)).isNull();
    assertThat(outcome(STRICT, text)).isEqualTo(outcome(JAVA_TIME_ONLY, text));
  }

  /** The instant read, or the type of the exception thrown. */
  private static Object outcome(ObjectMapper mapper, String text) {
    try {
      return mapper.readValue("\"" + text + "\"", Instant.class);
    } catch (JsonProcessingException ex) {
      return ex.getClass();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"1710757267", "1710757267.5"})
  void numbersStillReadAsEpochSeconds(String json) throws Exception {
    assertThat(STRICT.readValue(json, Instant.class).getEpochSecond()).isEqualTo(1710757267L);
  }
}
