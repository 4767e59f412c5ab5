package ai.segments.sample;

import ai.segments.client.exception.ValidationException;
import ai.segments.client.export.ExportFormat;
import java.util.Arrays;
import java.util.List;

/**
 * The export formats by name and by task type, answering a 400 problem that says what would work
 * for a format that is unknown or does not apply to the dataset.
 */
public final class ExportFormats {

  private ExportFormats() {}

  /**
   * Every format's name, in the order of {@link ExportFormat}.
   *
   * @return e.g. {@code coco-panoptic, coco-instance, yolo, …}
   */
  public static List<String> known() {
    return Arrays.stream(ExportFormat.values()).map(ExportFormat::value).toList();
  }

  /**
   * The names of the formats a task type can be exported to.
   *
   * @param taskType a task type value, e.g. {@code vector}
   * @return the format names, empty when none applies
   */
  public static List<String> applicableTo(String taskType) {
    return Arrays.stream(ExportFormat.values())
        .filter(format -> format.supports(taskType))
        .map(ExportFormat::value)
        .toList();
  }

  /**
   * The format with a name.
   *
   * @param value the name from the request
   * @return the format
   * @throws org.springframework.web.ErrorResponseException a 400 problem listing the known formats
   */
  public static ExportFormat named(String value) {
    try {
      return ExportFormat.fromValue(value);
    } catch (ValidationException ex) {
      throw SampleProblems.unknownExportFormat(value, known());
    }
  }

  /**
   * Checks that a dataset's task type can be exported to a format.
   *
   * @param dataset the dataset, {@code owner/name}
   * @param taskType its task type
   * @param format the requested format
   * @throws org.springframework.web.ErrorResponseException a 400 problem naming the task type and
   *     the formats that apply
   */
  public static void requireApplicable(String dataset, String taskType, ExportFormat format) {
    if (!format.supports(taskType)) {
      throw SampleProblems.exportFormatNotApplicable(
          dataset, taskType, format.value(), applicableTo(taskType));
    }
  }
}
