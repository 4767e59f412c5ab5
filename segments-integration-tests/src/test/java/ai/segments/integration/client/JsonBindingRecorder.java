package ai.segments.integration.client;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategy;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.cfg.HandlerInstantiator;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBase;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import com.fasterxml.jackson.databind.jsontype.TypeIdResolver;
import com.fasterxml.jackson.databind.jsontype.TypeResolverBuilder;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import java.lang.reflect.AnnotatedElement;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Records what a Jackson {@link ObjectMapper} reaches by reflection while it works: every bean
 * (record) class it builds a deserializer or serializer for, with the creator it calls, the
 * accessors, fields and setters it uses, every enum with its {@code @JsonValue} and
 * {@code @JsonCreator} methods, and every class it instantiates from an annotation
 * ({@code @JsonDeserialize(using = ...)}, {@code @JsonNaming}, ...). It stands in for Spring's
 * runtime hints agent, which cannot run here (see docs/aot.md): the same question, which reflective
 * targets a real round trip needs, answered from inside Jackson instead of by instrumenting the
 * JDK.
 */
final class JsonBindingRecorder {

  private final Set<AnnotatedElement> targets = ConcurrentHashMap.newKeySet();

  /**
   * Makes a mapper record into this recorder.
   *
   * @param mapper a mapper that has not been used yet (Jackson caches what it has built)
   * @return the same mapper
   */
  ObjectMapper recording(ObjectMapper mapper) {
    SimpleModule module = new SimpleModule("json-binding-recorder");
    module.setDeserializerModifier(new Deserializers());
    module.setSerializerModifier(new Serializers());
    mapper.registerModule(module);
    mapper.setHandlerInstantiator(new Instantiations());
    return mapper;
  }

  /** The classes, constructors, methods and fields reached so far. */
  Set<AnnotatedElement> targets() {
    return Set.copyOf(this.targets);
  }

  private void add(AnnotatedMember member) {
    if (member != null && member.getMember() instanceof AnnotatedElement reflective) {
      this.targets.add(reflective);
    }
  }

  private void addEnum(BeanDescription bean) {
    this.targets.add(bean.getBeanClass());
    add(bean.findJsonValueAccessor());
    for (AnnotatedMethod factory : bean.getFactoryMethods()) {
      if (factory.hasAnnotation(JsonCreator.class)) {
        add(factory);
      }
    }
  }

  private void addNoArgConstructor(Class<?> type) {
    try {
      this.targets.add(type.getDeclaredConstructor());
    } catch (NoSuchMethodException ex) {
      this.targets.add(type);
    }
  }

  private final class Deserializers extends BeanDeserializerModifier {

    private static final long serialVersionUID = 1L;

    @Override
    public JsonDeserializer<?> modifyDeserializer(
        DeserializationConfig config, BeanDescription bean, JsonDeserializer<?> deserializer) {
      if (deserializer instanceof BeanDeserializerBase beans) {
        JsonBindingRecorder.this.targets.add(bean.getBeanClass());
        ValueInstantiator creators = beans.getValueInstantiator();
        add(creators.getDefaultCreator());
        add(creators.getWithArgsCreator());
        add(creators.getDelegateCreator());
        beans.properties().forEachRemaining(property -> add(property.getMember()));
      }
      return deserializer;
    }

    @Override
    public JsonDeserializer<?> modifyEnumDeserializer(
        DeserializationConfig config,
        JavaType type,
        BeanDescription bean,
        JsonDeserializer<?> deserializer) {
      addEnum(bean);
      return deserializer;
    }
  }

  private final class Serializers extends BeanSerializerModifier {

    private static final long serialVersionUID = 1L;

    @Override
    public List<BeanPropertyWriter> changeProperties(
        SerializationConfig config, BeanDescription bean, List<BeanPropertyWriter> properties) {
      JsonBindingRecorder.this.targets.add(bean.getBeanClass());
      properties.forEach(property -> add(property.getMember()));
      return properties;
    }

    @Override
    public JsonSerializer<?> modifyEnumSerializer(
        SerializationConfig config,
        JavaType type,
        BeanDescription bean,
        JsonSerializer<?> serializer) {
      addEnum(bean);
      return serializer;
    }
  }

  /** Records the class and lets Jackson instantiate it as usual (by returning {@code null}). */
  private final class Instantiations extends HandlerInstantiator {

    @Override
    public JsonDeserializer<?> deserializerInstance(
        DeserializationConfig config, Annotated annotated, Class<?> deserClass) {
      addNoArgConstructor(deserClass);
      return null;
    }

    @Override
    public KeyDeserializer keyDeserializerInstance(
        DeserializationConfig config, Annotated annotated, Class<?> keyDeserClass) {
      addNoArgConstructor(keyDeserClass);
      return null;
    }

    @Override
    public JsonSerializer<?> serializerInstance(
        SerializationConfig config, Annotated annotated, Class<?> serClass) {
      addNoArgConstructor(serClass);
      return null;
    }

    @Override
    public TypeResolverBuilder<?> typeResolverBuilderInstance(
        MapperConfig<?> config, Annotated annotated, Class<?> builderClass) {
      addNoArgConstructor(builderClass);
      return null;
    }

    @Override
    public TypeIdResolver typeIdResolverInstance(
        MapperConfig<?> config, Annotated annotated, Class<?> resolverClass) {
      addNoArgConstructor(resolverClass);
      return null;
    }

    @Override
    public PropertyNamingStrategy namingStrategyInstance(
        MapperConfig<?> config, Annotated annotated, Class<?> implClass) {
      addNoArgConstructor(implClass);
      return null;
    }
  }
}
