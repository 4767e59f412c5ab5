package ai.segments.client.model;

import static ai.segments.client.json.ExampleFiles.STRICT;
import static ai.segments.client.json.ExampleFiles.strict;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatasetModelTest {

  @Test
  void imageVectorDataset() {
    Dataset dataset = strict("dataset.json", Dataset.class);

    assertThat(dataset.fullName()).isEqualTo("jane/flowers");
    assertThat(dataset.clonedFrom()).isNull();
    assertThat(dataset.category()).isEqualTo(Category.GARDEN);
    assertThat(dataset.isPublic()).isFalse();
    assertThat(dataset.owner())
        .isEqualTo(
            new Owner("jane", Instant.parse("2021-03-02T09:14:27.512345Z"), "jane@example.com"));
    assertThat(dataset.taskType()).isEqualTo(TaskType.VECTOR);
    assertThat(dataset.enable3dRegionOfInterest()).isFalse();
    assertThat(dataset.enableObjectLinking()).isTrue();
    assertThat(dataset.labelStats().total()).isEqualTo(100);
    assertThat(dataset.labelStats().prelabeled()).isEqualTo(40);
    assertThat(dataset.samplesCount()).isEqualTo(100);
    assertThat(dataset.metadata())
        .containsExactly(Map.entry("source", "greenhouse-3"), Map.entry("season", "spring"));
    assertThat(dataset.labelsets())
        .extracting(Labelset::name)
        .containsExactly("ground-truth", "predictions");
    assertThat(dataset.regionOfInterest()).isNull();

    TaskAttributeCategory rose = dataset.taskAttributes().categories().get(0);
    assertThat(rose.color()).containsExactly(220, 20, 60);
    assertThat(rose.attributes())
        .extracting(TaskAttribute::inputType)
        .containsExactly(
            InputType.SELECT,
            InputType.MULTISELECT,
            InputType.TEXT,
            InputType.NUMBER,
            InputType.CHECKBOX);
    NumberTaskAttribute petals = (NumberTaskAttribute) rose.attributes().get(3);
    assertThat(petals.min()).isEqualTo(1.0);
    assertThat(petals.max()).isEqualTo(200.0);
    assertThat(petals.step()).isEqualTo(1.0);
    assertThat(petals.defaultValue()).isEqualTo(5.0);
    assertThat(((SelectTaskAttribute) rose.attributes().get(0)).values())
        .containsExactly("red", "white", "yellow");
    assertThat(((CheckboxTaskAttribute) rose.attributes().get(4)).defaultValue()).isFalse();
    assertThat(rose.linkAttributes())
        .singleElement()
        .isEqualTo(
            new SelectTaskLinkAttribute(
                "relation", List.of("attached_to", "next_to"), null, null, null));
    assertThat(rose.linkAttributes().get(0).isTrackLevel()).isTrue();
    assertThat(rose.linkCategoryRestrictions()).containsExactly(2);
    assertThat(dataset.taskAttributes().categories().get(1).color())
        .containsExactly(34, 139, 34, 255);
    assertThat(dataset.taskAttributes().imageAttributes().get(0))
        .isInstanceOfSatisfying(
            SelectTaskAttribute.class,
            lighting -> assertThat(lighting.defaultValue()).isEqualTo("daylight"));
  }

  @Test
  void pointcloudDatasetWith3dAttributesWarningRulesAndStringSampleCount() {
    Dataset dataset = strict("dataset-pointcloud-cuboid-sequence.json", Dataset.class);

    assertThat(dataset.samplesCount()).isEqualTo(20L);
    assertThat(dataset.taskType()).isEqualTo(TaskType.POINTCLOUD_CUBOID_SEQUENCE);
    assertThat(dataset.owner().email()).isNull();
    assertThat(dataset.regionOfInterest())
        .containsEntry("shape", "circle")
        .containsEntry("radius", 50);
    TaskAttributes taskAttributes = dataset.taskAttributes();
    assertThat(taskAttributes.circleRadius()).isEqualTo(50);
    assertThat(taskAttributes.extra()).isEmpty();

    TaskAttributeCategory car = taskAttributes.categories().get(0);
    assertThat(car.dimensions()).isEqualTo(new PartialXyz(4.5, 1.9, 1.6));
    assertThat(car.lockDimensions()).isFalse();
    assertThat(car.attributes())
        .extracting(TaskAttribute::inputType)
        .containsExactly(
            InputType.CHECKBOX,
            InputType.SELECT,
            InputType.VECTOR3,
            InputType.QUATERNION,
            InputType.POINTS,
            InputType.NUMBER);
    NumberTaskAttribute speed = (NumberTaskAttribute) car.attributes().get(5);
    assertThat(speed.min()).isNull();
    assertThat(speed.max()).isNull();
    assertThat(speed.step()).isEqualTo(0.1);
    assertThat(car.attributes().get(1).syncedAcrossSensors()).isTrue();
    assertThat(car.attributes().get(4).sensorFilter()).isEqualTo("Lidar");
    assertThat(taskAttributes.categories().get(2).linkCategoryRestrictions()).isNull();

    assertThat(taskAttributes.warningRules()).hasSize(3);
    IntersectingCuboidsRule excluded =
        (IntersectingCuboidsRule) taskAttributes.warningRules().get(0);
    assertThat(excluded.name()).isEqualTo("intersecting-cuboids");
    assertThat(excluded.excludedSetOfCategories()).containsExactly(2, 3);
    assertThat(
            ((IntersectingCuboidsRule) taskAttributes.warningRules().get(1)).excludedCategories())
        .isEmpty();
    CuboidDimensionLimitsRule limits =
        (CuboidDimensionLimitsRule) taskAttributes.warningRules().get(2);
    assertThat(limits.categories()).containsExactly(1);
    assertThat(limits.min()).isEqualTo(new PartialXyz(2.5, 1.4, null));
    assertThat(limits.max()).isEqualTo(new PartialXyz(6.5, null, 2.5));
  }

  @Test
  void taskAttributesKeepUnmodelledKeys() throws Exception {
    String json =
        """
        {"format_version": "0.1", "sensors_layout": "grid",
         "categories": [{"name": "car", "id": 1, "icon": "car.svg", "link_category_restrictions": []}]}
        """;
    TaskAttributes attributes = STRICT.readValue(json, TaskAttributes.class);

    assertThat(attributes.extra()).containsEntry("sensors_layout", "grid");
    assertThat(attributes.categories().get(0).extra()).containsEntry("icon", "car.svg");
    assertThat(attributes.categories().get(0).linkCategoryRestrictions()).isEmpty();
    assertThat(STRICT.<JsonNode>valueToTree(attributes)).isEqualTo(STRICT.readTree(json));
  }

  @Test
  void usersCollaboratorsAndLabelsets() {
    User jane = strict("user.json", User.class);
    assertThat(jane.username()).isEqualTo("jane");
    assertThat(jane.isOrganization()).isFalse();
    assertThat(jane.subscription()).isEqualTo(Subscription.STANDARD);
    assertThat(jane.privateUploadCount()).isEqualTo(1234);
    assertThat(jane.organizations())
        .singleElement()
        .satisfies(
            org -> {
              assertThat(org.username()).isEqualTo("acme-robotics");
              assertThat(org.organizationRole()).isEqualTo(Role.ADMIN);
            });
    assertThat(jane.members()).isNull();

    User acme = strict("user-organization.json", User.class);
    assertThat(acme.isOrganization()).isTrue();
    assertThat(acme.subscription()).isEqualTo(Subscription.ENTERPRISE);
    assertThat(acme.members())
        .extracting(User::organizationRole)
        .containsExactly(Role.ADMIN, Role.LABELER);
    assertThat(acme.insightsUrls())
        .containsEntry("overview", "https://segments.ai/acme-robotics/insights");
    assertThat(acme.createdAt()).isEqualTo(Instant.parse("2022-01-10T12:00:00Z"));

    Collaborator collaborator = strict("collaborator.json", Collaborator.class);
    assertThat(collaborator.role()).isEqualTo(Role.REVIEWER);
    assertThat(collaborator.user().email()).isEqualTo("john@example.com");

    Labelset labelset = strict("labelset.json", Labelset.class);
    assertThat(labelset.name()).isEqualTo("predictions");
    assertThat(labelset.isGroundtruth()).isFalse();
    assertThat(labelset.createdAt()).isEqualTo(Instant.parse("2024-03-01T16:45:12.004512Z"));
  }

  @Test
  void collectionsAreUnmodifiableCopies() {
    List<Integer> ids = new ArrayList<>(List.of(1, 2));
    IntersectingCuboidsRule rule = new IntersectingCuboidsRule(ids, null);
    ids.add(3);

    assertThat(rule.excludedCategories()).containsExactly(1, 2);
    assertThat(rule.excludedSetOfCategories()).isNull();
    assertThatThrownBy(() -> rule.excludedCategories().add(4))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
