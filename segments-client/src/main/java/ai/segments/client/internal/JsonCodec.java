package ai.segments.client.internal;

import ai.segments.client.exception.NetworkException;
import ai.segments.client.exception.SegmentsErrorDetails;
import ai.segments.client.exception.ValidationException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.type.TypeFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;

/**
 * Writes request bodies and reads response bodies with the client's {@link ObjectMapper}, within
 * the response size limit (the nesting-depth limit is the mapper's own {@link
 * com.fasterxml.jackson.core.StreamReadConstraints}).
 */
public final class JsonCodec {

  /** The default largest response body read: 64 MiB. */
  public static final int DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

  private final ObjectMapper objectMapper;
  private final int maxResponseBytes;

  /**
   * Creates a codec with the default response size limit.
   *
   * @param objectMapper the mapper, configured for strict or lenient validation
   */
  public JsonCodec(ObjectMapper objectMapper) {
    this(objectMapper, DEFAULT_MAX_RESPONSE_BYTES);
  }

  /** A reader per response type: each keeps its root deserializer, found once. */
  private final Map<JavaType, ObjectReader> readers = new ConcurrentHashMap<>();

  /** The response types of single models and of lists of them, built once per class. */
  private final ClassValue<JavaType> singleTypes =
      new ClassValue<>() {
        @Override
        protected JavaType computeValue(Class<?> type) {
          return types().constructType(type);
        }
      };

  private final ClassValue<JavaType> listTypes =
      new ClassValue<>() {
        @Override
        protected JavaType computeValue(Class<?> type) {
          return types().constructCollectionType(List.class, type);
        }
      };

  /**
   * Creates a codec.
   *
   * @param objectMapper the mapper, configured for strict or lenient validation
   * @param maxResponseBytes the largest response body read; a larger one fails
   */
  public JsonCodec(ObjectMapper objectMapper, int maxResponseBytes) {
    this.objectMapper = objectMapper;
    this.maxResponseBytes = maxResponseBytes;
  }

  /**
   * The largest response body read; a larger one fails with a {@link ValidationException} instead
   * of exhausting memory.
   *
   * @return the limit in bytes
   */
  public int maxResponseBytes() {
    return this.maxResponseBytes;
  }

  /**
   * The type factory of the mapper, for building response types.
   *
   * @return the type factory
   */
  public TypeFactory types() {
    return this.objectMapper.getTypeFactory();
  }

  /**
   * The response type of a model class, built once.
   *
   * @param type the model class
   * @return its Jackson type
   */
  public JavaType typeOf(Class<?> type) {
    return this.singleTypes.get(type);
  }

  /**
   * The response type of a list of a model class, built once.
   *
   * @param type the element class
   * @return the Jackson type of {@code List<type>}
   */
  public JavaType listOf(Class<?> type) {
    return this.listTypes.get(type);
  }

  /**
   * The mapper itself.
   *
   * @return the object mapper
   */
  public ObjectMapper objectMapper() {
    return this.objectMapper;
  }

  /**
   * Serializes a body to JSON bytes, gzip-compressed if asked.
   *
   * @param body the body
   * @param compressed whether to gzip
   * @param operation the operation name, for errors
   * @return the bytes to send
   */
  public byte[] write(Object body, boolean compressed, String operation) {
    try {
      byte[] json = this.objectMapper.writeValueAsBytes(body);
      return compressed ? gzip(json) : json;
    } catch (JsonProcessingException ex) {
      throw new ValidationException(
          operation + ": the request body cannot be written as JSON: " + ex.getOriginalMessage(),
          ex,
          SegmentsErrorDetails.beforeRequest(operation));
    }
  }

  /**
   * Reads a successful response body.
   *
   * @param body the body bytes
   * @param type the expected type
   * @param operation the operation name
   * @param status the HTTP status
   * @param excerpt supplies a secret-free excerpt of the body, for errors
   * @param <T> the result type
   * @return the parsed body
   * @throws NetworkException if the body is not JSON
   * @throws ValidationException if the JSON does not match the model
   */
  public <T> T read(
      byte[] body, JavaType type, String operation, int status, Supplier<String> excerpt) {
    if (body.length == 0) {
      throw new NetworkException(
          operation
              + ": the response body is empty, expected "
              + type.getRawClass().getSimpleName(),
          null,
          details(operation, status, excerpt));
    }
    try {
      return reader(type).readValue(body);
    } catch (StreamConstraintsException ex) {
      throw tooLarge(operation, ex, details(operation, status, excerpt));
    } catch (StreamReadException ex) {
      throw new NetworkException(
          message(operation, "is not valid JSON", ex), ex, details(operation, status, excerpt));
    } catch (DatabindException ex) {
      StreamConstraintsException limit = causeOf(ex, StreamConstraintsException.class);
      if (limit != null) {
        throw tooLarge(operation, limit, details(operation, status, excerpt));
      }
      StreamReadException syntax = causeOf(ex, StreamReadException.class);
      if (syntax != null) {
        throw new NetworkException(
            message(operation, "is not valid JSON", syntax),
            ex,
            details(operation, status, excerpt));
      }
      throw new ValidationException(
          message(operation, "does not match the model", ex),
          ex,
          details(operation, status, excerpt));
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  /** The error details, with the excerpt only computed when a call fails. */
  private static SegmentsErrorDetails details(
      String operation, int status, Supplier<String> excerpt) {
    return SegmentsErrorDetails.response(operation, status, excerpt.get(), null);
  }

  private ObjectReader reader(JavaType type) {
    return this.readers.computeIfAbsent(type, this.objectMapper::readerFor);
  }

  /** A parse error a deserializer wrapped: the body is broken, not a model mismatch. */
  private static <E extends Throwable> E causeOf(Throwable ex, Class<E> type) {
    for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return type.cast(cause);
      }
    }
    return null;
  }

  private static ValidationException tooLarge(
      String operation, StreamConstraintsException ex, SegmentsErrorDetails details) {
    return new ValidationException(
        message(operation, "exceeds the configured JSON limits", ex), ex, details);
  }

  private static String message(String operation, String problem, JsonProcessingException ex) {
    return operation + ": the response " + problem + ": " + ex.getOriginalMessage();
  }

  private static byte[] gzip(byte[] json) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(json.length / 4 + 64);
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(json);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return out.toByteArray();
  }
}
