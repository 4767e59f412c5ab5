package ai.segments.client.model;

import java.util.Objects;
import java.util.function.Function;

/**
 * One field of a partial update (HTTP {@code PATCH}) with three states: {@linkplain #unchanged()
 * left unchanged} (the key is not sent), {@linkplain #of(Object) set to a value}, or {@linkplain
 * #toNull() set to null} (the key is sent as JSON {@code null}, which clears the field, e.g.
 * unassigns a labeler).
 *
 * <p>The update request builders of {@code ai.segments.client} ({@code UpdateDatasetRequest},
 * {@code UpdateSampleRequest}, {@code UpdateLabelRequest}, {@code UpdateIssueRequest}) create these
 * for you: a setter that is not called leaves the field unchanged, a setter called with {@code
 * null} sends {@code null}.
 *
 * @param <T> the field's value type
 */
public final class Patch<T> {

  private static final Patch<?> UNCHANGED = new Patch<>(false, null);

  private final boolean present;
  private final T value;

  private Patch(boolean present, T value) {
    this.present = present;
    this.value = value;
  }

  /**
   * A field that is not sent, so the server keeps its current value.
   *
   * @param <T> the value type
   * @return the unchanged field
   */
  @SuppressWarnings("unchecked")
  public static <T> Patch<T> unchanged() {
    return (Patch<T>) UNCHANGED;
  }

  /**
   * A field set to a value; {@code null} is the same as {@link #toNull()}.
   *
   * @param value the new value, or {@code null} to clear the field
   * @param <T> the value type
   * @return the field
   */
  public static <T> Patch<T> of(T value) {
    return new Patch<>(true, value);
  }

  /**
   * A field sent as JSON {@code null}, clearing it on the server.
   *
   * @param <T> the value type
   * @return the field
   */
  public static <T> Patch<T> toNull() {
    return new Patch<>(true, null);
  }

  /**
   * The field, or "unchanged" for {@code null}: how update records read a component left out.
   *
   * @param field the field, or {@code null}
   * @param <T> the value type
   * @return the field
   */
  public static <T> Patch<T> orUnchanged(Patch<T> field) {
    return (field != null) ? field : unchanged();
  }

  /**
   * Whether the key is sent (as a value or as {@code null}).
   *
   * @return {@code false} for {@link #unchanged()}
   */
  public boolean isPresent() {
    return this.present;
  }

  /**
   * The value to send; {@code null} when the field is cleared or unchanged.
   *
   * @return the value, or {@code null}
   */
  public T value() {
    return this.value;
  }

  /**
   * Converts the value of a present, non-null field; unchanged and null fields stay as they are.
   *
   * @param mapper converts the value
   * @param <R> the converted type
   * @return the converted field
   */
  public <R> Patch<R> map(Function<? super T, ? extends R> mapper) {
    if (!this.present) {
      return unchanged();
    }
    return (this.value == null) ? toNull() : of(mapper.apply(this.value));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Patch<?> patch
        && this.present == patch.present
        && Objects.equals(this.value, patch.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(this.present, this.value);
  }

  @Override
  public String toString() {
    if (!this.present) {
      return "Patch.unchanged";
    }
    return (this.value == null) ? "Patch.toNull" : "Patch.of(" + this.value + ")";
  }
}
