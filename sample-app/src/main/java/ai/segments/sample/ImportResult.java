package ai.segments.sample;

import java.util.List;

/**
 * The answer of an import: how many manifest entries were created, already present or failed.
 *
 * @param created samples created by this import
 * @param alreadyPresent entries whose sample (same name) already existed and was left alone
 * @param failed entries that were not imported; see {@code failures}
 * @param failures why each failed entry was not imported, in manifest order
 */
public record ImportResult(
    int created, int alreadyPresent, int failed, List<ImportFailure> failures) {

  /** Copies the failures. */
  public ImportResult {
    failures = List.copyOf(failures);
  }

  /**
   * One manifest entry that was not imported.
   *
   * @param entry the entry's position in the manifest, starting at 1
   * @param name the entry's sample name, or {@code null} when it has none
   * @param reason why it was not imported
   */
  public record ImportFailure(int entry, String name, String reason) {}
}
