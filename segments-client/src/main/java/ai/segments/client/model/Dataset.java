package ai.segments.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A dataset.
 *
 * @param name the dataset name
 * @param fullName the dataset as {@code owner/name}
 * @param clonedFrom the dataset this one was cloned from, or {@code null}
 * @param description the description
 * @param category the category (custom categories start with {@code custom-})
 * @param isPublic whether the dataset is public ({@code public})
 * @param archived whether the dataset is archived
 * @param owner the owner
 * @param createdAt when the dataset was created
 * @param enableRatings whether label ratings are enabled
 * @param enableSkipLabeling whether labelers may skip samples
 * @param enableSkipReviewing whether reviewers may skip samples
 * @param enableSaveButton whether the editor shows a save button
 * @param enableLabelStatusVerified whether the VERIFIED status is enabled
 * @param enableSameDimensionsTrackConstraint whether a track keeps its cuboid dimensions
 * @param enable3dRegionOfInterest whether the 3D region of interest is enabled
 * @param enable3dCuboidRotation whether full 3D cuboid rotation is enabled
 * @param enableConfirmOnSubmit whether submitting asks for confirmation
 * @param enableInterpolation whether interpolation is enabled
 * @param useTimestampsForInterpolation whether interpolation uses timestamps
 * @param enableObjectLinking whether object linking is enabled
 * @param enableObjectLinkCategoryRestrictions whether links are restricted by category
 * @param enableExtrapolation whether extrapolation is enabled
 * @param taskType the task type
 * @param labelStats the label counts per status (may be empty)
 * @param labelingInactivityTimeoutSeconds the inactivity timeout of the labeling session
 * @param samplesCount the number of samples (the API may send it as a string)
 * @param collaboratorsCount the number of collaborators
 * @param taskAttributes the label editor configuration
 * @param labelsets the labelsets
 * @param role the caller's role on the dataset
 * @param readme the readme
 * @param metadata free-form metadata (may be empty)
 * @param noncollaboratorCanLabel whether non-collaborators may label
 * @param noncollaboratorCanReview whether non-collaborators may review
 * @param insightsUrls links to insights dashboards, by name
 * @param regionOfInterest the free-form 3D region of interest
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Dataset(
    @Required String name,
    @Required String fullName,
    String clonedFrom,
    @Required String description,
    @Required Category category,
    @Required @JsonProperty(value = "public", required = true) Boolean isPublic,
    @Required Boolean archived,
    @Required Owner owner,
    @Required Instant createdAt,
    @Required Boolean enableRatings,
    @Required Boolean enableSkipLabeling,
    @Required Boolean enableSkipReviewing,
    @Required Boolean enableSaveButton,
    @Required Boolean enableLabelStatusVerified,
    @Required Boolean enableSameDimensionsTrackConstraint,
    @Required @JsonProperty(value = "enable_3d_region_of_interest", required = true)
        Boolean enable3dRegionOfInterest,
    @JsonProperty("enable_3d_cuboid_rotation") Boolean enable3dCuboidRotation,
    Boolean enableConfirmOnSubmit,
    @Required Boolean enableInterpolation,
    @Required Boolean useTimestampsForInterpolation,
    @Required Boolean enableObjectLinking,
    Boolean enableObjectLinkCategoryRestrictions,
    Boolean enableExtrapolation,
    @Required TaskType taskType,
    @Required LabelStats labelStats,
    Long labelingInactivityTimeoutSeconds,
    Long samplesCount,
    Long collaboratorsCount,
    TaskAttributes taskAttributes,
    List<Labelset> labelsets,
    String role,
    String readme,
    @Required Map<String, Object> metadata,
    Boolean noncollaboratorCanLabel,
    Boolean noncollaboratorCanReview,
    Map<String, String> insightsUrls,
    Map<String, Object> regionOfInterest) {

  /** Copies the lists and maps. */
  public Dataset {
    labelsets = ModelCollections.list(labelsets);
    metadata = ModelCollections.map(metadata);
    insightsUrls = ModelCollections.map(insightsUrls);
    regionOfInterest = ModelCollections.map(regionOfInterest);
  }
}
