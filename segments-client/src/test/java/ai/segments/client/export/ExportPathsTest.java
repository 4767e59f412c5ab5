package ai.segments.client.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.segments.client.exception.ValidationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The one path rule of both sinks: what stays inside an export and what is refused. */
class ExportPathsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "export_coco-instance_jane_flowers_v1.0.json",
        "segments/jane_flowers/v1.0/rose_label_ground-truth_instance.png",
        "segments/jane_flowers/v1.0/cam1/frame.png",
        "segments/jane_flowers/v1.0/clip-../f.txt",
        "segments/jane_flowers/v1.0/..rose",
        "segments/jane_flowers/v1.0/2026-01-05T10:00:00 ü \uD83D\uDE80?.png",
        "a/1:b"
      })
  void ordinaryNamesPassAsTheSdkWritesThem(String path) {
    assertThat(ExportPaths.problem(path)).isNull();
    assertThat(ExportPaths.require(path)).isEqualTo(path);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "''|is empty",
        "/tmp/x|is absolute",
        "a//b|has an empty segment",
        "a/b/|has an empty segment",
        "./a|has a \".\" segment",
        "segments/demo_evil/v1/s1_label_a/../../../../tmp/x_instance.png|has a \"..\" segment",
        "..|has a \"..\" segment",
        "segments/o_n/v1/..\\..\\win.png|has a backslash",
        "C:/Windows/x|has a drive-letter segment",
        "a/c:x|has a drive-letter segment",
      })
  void pathsThatCouldLeaveTheExportAreRefused(String path, String problem) {
    assertThat(ExportPaths.problem(path)).isEqualTo(problem);
    assertThatThrownBy(() -> ExportPaths.require(path))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("export path \"" + path + "\" " + problem);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\u0000b", "a/b\nc", "a\u007fb", "a\u0085b"})
  void controlCharactersAreRefusedAndEscapedInTheMessage(String path) {
    assertThat(ExportPaths.problem(path)).isEqualTo("has a control character");
    assertThatThrownBy(() -> ExportPaths.require(path))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("\\u00")
        .satisfies(failure -> assertThat(failure.getMessage()).doesNotContain("\n"));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2})
  void segmentsAndPathsHaveTheFileSystemsLengthLimits(int bytesPerChar) {
    String letter = (bytesPerChar == 1) ? "a" : "ü";
    assertThat(ExportPaths.problem(letter.repeat(255 / bytesPerChar))).isNull();
    assertThat(ExportPaths.problem(letter.repeat(255 / bytesPerChar + 1)))
        .isEqualTo("has a segment longer than 255 bytes");
    String longPath = (letter.repeat(100) + "/").repeat(4096 / (100 * bytesPerChar + 1) + 1);
    assertThat(ExportPaths.problem(longPath)).isEqualTo("is longer than 4096 bytes");
  }
}
