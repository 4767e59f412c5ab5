package ai.segments.client.aot;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The client's types that Jackson binds, found by walking from a few roots instead of listed by
 * hand: every record, enum and sealed interface of the client's packages that a root's public
 * method signatures name, then recursively the record components and the {@code @JsonProperty}
 * methods (through generic type arguments, arrays and wildcards) and the permitted subclasses of
 * every sealed interface. A new model record, a new variant of a sealed union or a new enum is
 * found as soon as something already bound refers to it.
 */
final class BoundTypes {

  private static final String CLIENT_PACKAGE = "ai.segments.client";

  private final Set<Class<?>> found = new LinkedHashSet<>();

  private BoundTypes() {}

  /**
   * Walks the public method signatures of {@code entryPoints} and the types they lead to.
   *
   * @param entryPoints classes whose public methods take or return bound types (e.g. the client
   *     facade); they are not bound themselves unless they are records, enums or sealed types
   * @return the bound types, in the order found
   */
  static Set<Class<?>> reachableFrom(Class<?>... entryPoints) {
    BoundTypes walk = new BoundTypes();
    for (Class<?> entryPoint : entryPoints) {
      walk.visit(entryPoint);
      for (Method method : entryPoint.getMethods()) {
        if (method.getDeclaringClass() == entryPoint && !method.isSynthetic()) {
          walk.visit(method.getGenericReturnType());
          Arrays.stream(method.getGenericParameterTypes()).forEach(walk::visit);
        }
      }
    }
    return Set.copyOf(walk.found);
  }

  private void visit(Type type) {
    if (type instanceof ParameterizedType parameterized) {
      visit(parameterized.getRawType());
      Arrays.stream(parameterized.getActualTypeArguments()).forEach(this::visit);
    } else if (type instanceof GenericArrayType array) {
      visit(array.getGenericComponentType());
    } else if (type instanceof WildcardType wildcard) {
      Arrays.stream(wildcard.getUpperBounds()).forEach(this::visit);
      Arrays.stream(wildcard.getLowerBounds()).forEach(this::visit);
    } else if (type instanceof TypeVariable<?> variable) {
      Arrays.stream(variable.getBounds()).forEach(this::visit);
    } else if (type instanceof Class<?> clazz) {
      visitClass(clazz.isArray() ? clazz.getComponentType() : clazz);
    }
  }

  private void visitClass(Class<?> clazz) {
    if (!isBindable(clazz) || !this.found.add(clazz)) {
      return;
    }
    if (clazz.isRecord()) {
      for (RecordComponent component : clazz.getRecordComponents()) {
        visit(component.getGenericType());
      }
    }
    for (Method method : clazz.getDeclaredMethods()) {
      if (method.isAnnotationPresent(JsonProperty.class)) {
        visit(method.getGenericReturnType());
      }
    }
    if (clazz.isSealed()) {
      Arrays.stream(clazz.getPermittedSubclasses()).forEach(this::visitClass);
    }
  }

  /** A record, enum or sealed type of the client's own packages. */
  private static boolean isBindable(Class<?> clazz) {
    return clazz.getPackageName().startsWith(CLIENT_PACKAGE)
        && Modifier.isPublic(clazz.getModifiers())
        && (clazz.isRecord() || clazz.isEnum() || clazz.isSealed());
  }
}
