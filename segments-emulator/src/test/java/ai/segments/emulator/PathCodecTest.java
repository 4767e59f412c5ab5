package ai.segments.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PathCodecTest {

  @Test
  void decodesEachSegmentOnceAfterSplitting() {
    assertThat(PathCodec.segments("/datasets/jane/a%20b%2Fc%3Fd%23e%25f%26g+h/"))
        .containsExactly("datasets", "jane", "a b/c?d#e%f&g+h");
    assertThat(PathCodec.segments("/user")).containsExactly("user");
    assertThat(PathCodec.segments("/")).isEmpty();
    assertThat(PathCodec.segments("/a%2")).containsExactly("a%2");
    assertThat(PathCodec.segments("/%E2%9C%93")).containsExactly("\u2713");
  }

  @Test
  void decodesQueryValuesKeepingRawPlusAsPlus() {
    assertThat(PathCodec.query("name__contains=a%2Bb&x=a+b&flag&x=second&=v&"))
        .containsEntry("name__contains", "a+b")
        .containsEntry("x", "a+b")
        .containsEntry("flag", "")
        .hasSize(4);
    assertThat(PathCodec.query(null)).isEmpty();
  }
}
