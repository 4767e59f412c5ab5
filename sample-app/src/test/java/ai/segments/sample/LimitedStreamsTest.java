package ai.segments.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class LimitedStreamsTest {

  @Test
  void anInputStreamPassesUpToItsLimitAndFailsBeyond() throws IOException {
    try (InputStream exact = new LimitedInputStream(new ByteArrayInputStream(new byte[10]), 10)) {
      assertThat(exact.readAllBytes()).hasSize(10);
    }
    try (InputStream over = new LimitedInputStream(new ByteArrayInputStream(new byte[11]), 10)) {
      assertThatThrownBy(over::readAllBytes)
          .isInstanceOf(LimitedInputStream.LimitExceededException.class);
    }
  }

  @Test
  void anOutputStreamWritesUpToItsLimitAndRemembersHittingIt() throws IOException {
    ByteArrayOutputStream target = new ByteArrayOutputStream();
    LimitedOutputStream out = new LimitedOutputStream(target, 4);

    out.write(new byte[3], 0, 3);
    out.write(1);
    assertThat(out.exceeded()).isFalse();
    assertThatThrownBy(() -> out.write(2)).isInstanceOf(IOException.class);

    assertThat(out.exceeded()).isTrue();
    assertThat(target.size()).isEqualTo(4);
  }
}
