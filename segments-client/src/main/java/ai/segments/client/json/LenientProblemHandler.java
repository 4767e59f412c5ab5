package ai.segments.client.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.jsontype.TypeIdResolver;
import java.io.IOException;

/**
 * The problem handler of the lenient mapper: a value of the wrong shape reads as {@code null}
 * (skipping it, including nested content) instead of failing the whole response.
 */
final class LenientProblemHandler extends DeserializationProblemHandler {

  @Override
  public Object handleWeirdStringValue(
      DeserializationContext ctxt, Class<?> targetType, String value, String failureMsg) {
    return null;
  }

  @Override
  public Object handleWeirdNumberValue(
      DeserializationContext ctxt, Class<?> targetType, Number value, String failureMsg) {
    return null;
  }

  @Override
  public Object handleWeirdNativeValue(
      DeserializationContext ctxt, JavaType targetType, Object value, JsonParser parser) {
    return null;
  }

  @Override
  public Object handleUnexpectedToken(
      DeserializationContext ctxt,
      JavaType targetType,
      JsonToken token,
      JsonParser parser,
      String failureMsg)
      throws IOException {
    parser.skipChildren();
    return null;
  }

  @Override
  public Object handleMissingInstantiator(
      DeserializationContext ctxt,
      Class<?> instClass,
      ValueInstantiator valueInsta,
      JsonParser parser,
      String msg)
      throws IOException {
    parser.skipChildren();
    return null;
  }

  @Override
  public JavaType handleMissingTypeId(
      DeserializationContext ctxt,
      JavaType baseType,
      TypeIdResolver idResolver,
      String failureMsg) {
    return ctxt.constructType(Void.class);
  }
}
