package ai.segments.autoconfigure.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.AbstractApplicationContextRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.util.ClassUtils;
import org.springframework.web.client.RestClient;

/**
 * Boot's own types that moved between the Boot lines, for the tests both lines share: the line's
 * {@link BootLineNames} names them, and this class reaches them by name, so the shared tests'
 * source stays the same on both lines.
 */
public final class BootTypes {

  private BootTypes() {}

  /** The named auto-configurations. */
  public static AutoConfigurations autoConfigurations(String... classNames) {
    Class<?>[] classes = new Class<?>[classNames.length];
    for (int i = 0; i < classNames.length; i++) {
      classes[i] = type(classNames[i]);
    }
    return AutoConfigurations.of(classes);
  }

  /** The {@code segments} component as the health endpoint shows it. */
  public static Object segmentsHealth(ApplicationContext context) {
    Object endpoint = context.getBean(type(BootLineNames.HEALTH_ENDPOINT));
    return invoke(endpoint, "healthForPath", (Object) new String[] {"segments"});
  }

  /** The status code of the {@code segments} component, e.g. {@code UP}. */
  public static String segmentsHealthStatus(ApplicationContext context) {
    return invoke(invoke(segmentsHealth(context), "getStatus"), "getCode").toString();
  }

  /** The details of the {@code segments} component. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> segmentsHealthDetails(ApplicationContext context) {
    return (Map<String, Object>) invoke(segmentsHealth(context), "getDetails");
  }

  /** Adds an application's own, always UP, {@code segmentsHealthIndicator} bean. */
  public static <R extends AbstractApplicationContextRunner<R, ?, ?>> R withOwnHealthIndicator(
      R runner) {
    Object up = invoke(invokeStatic(type(BootLineNames.HEALTH), "up"), "build");
    return withBean(runner, "segmentsHealthIndicator", BootLineNames.HEALTH_INDICATOR, args -> up);
  }

  /** Adds an application's RestClient customizer. */
  public static <R extends AbstractApplicationContextRunner<R, ?, ?>> R withRestClientCustomizer(
      R runner, Consumer<RestClient.Builder> customizer) {
    return withBean(
        runner,
        "restClientCustomizer",
        BootLineNames.REST_CLIENT_CUSTOMIZER,
        args -> {
          customizer.accept((RestClient.Builder) args[0]);
          return null;
        });
  }

  /** A bean implementing the named single-method interface with the given behaviour. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static <R extends AbstractApplicationContextRunner<R, ?, ?>> R withBean(
      R runner, String name, String interfaceName, Function<Object[], Object> behaviour) {
    Class type = type(interfaceName);
    InvocationHandler handler =
        (proxy, method, args) ->
            switch (method.getName()) {
              case "equals" -> proxy == args[0];
              case "hashCode" -> System.identityHashCode(proxy);
              case "toString" -> name;
              default -> behaviour.apply(args);
            };
    return (R)
        runner.withBean(
            name,
            type,
            () ->
                Proxy.newProxyInstance(
                    BootTypes.class.getClassLoader(), new Class<?>[] {type}, handler));
  }

  private static Class<?> type(String name) {
    try {
      return ClassUtils.forName(name, BootTypes.class.getClassLoader());
    } catch (ClassNotFoundException ex) {
      throw new IllegalStateException("Not on this Boot line: " + name, ex);
    }
  }

  private static Object invokeStatic(Class<?> type, String method) {
    try {
      return type.getMethod(method).invoke(null);
    } catch (ReflectiveOperationException ex) {
      throw new IllegalStateException(ex);
    }
  }

  private static Object invoke(Object target, String method, Object... args) {
    try {
      for (Method candidate : target.getClass().getMethods()) {
        if (candidate.getName().equals(method) && candidate.getParameterCount() == args.length) {
          candidate.trySetAccessible();
          return candidate.invoke(target, args);
        }
      }
      throw new IllegalStateException("No method " + method + " on " + target.getClass());
    } catch (InvocationTargetException ex) {
      throw new IllegalStateException(ex.getCause());
    } catch (IllegalAccessException ex) {
      throw new IllegalStateException(ex);
    }
  }
}
