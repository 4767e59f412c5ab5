package ai.segments.client.json;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;

/**
 * The annotation introspector of the lenient mapper: it ignores the required markers ({@code
 * required = true} and {@code nulls = FAIL}) so missing or null required fields read as {@code
 * null}.
 */
final class LenientAnnotationIntrospector extends JacksonAnnotationIntrospector {

  private static final long serialVersionUID = 1L;

  @Override
  public Boolean hasRequiredMarker(AnnotatedMember member) {
    return Boolean.FALSE;
  }

  @Override
  public JsonSetter.Value findSetterInfo(Annotated annotated) {
    JsonSetter.Value info = super.findSetterInfo(annotated);
    if (info.getValueNulls() == Nulls.FAIL) {
      info = info.withValueNulls(Nulls.DEFAULT);
    }
    if (info.getContentNulls() == Nulls.FAIL) {
      info = info.withContentNulls(Nulls.DEFAULT);
    }
    return info;
  }
}
