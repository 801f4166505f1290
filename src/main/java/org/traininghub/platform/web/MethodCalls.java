package org.traininghub.platform.web;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Method calls in page expressions ({@code #{row.title()}}, {@code #{dates.moment(row.at())}}) with
 * the method looked up once per class instead of on every call. Jakarta EL 5's {@code
 * BeanELResolver} finds the method of each call with {@code Class.getMethods()}, which copies every
 * public method of the class each time (Tomcat's EL caches it since 2024; the EL of Payara 6 does
 * not): a table of 20 rows made some 300 such copies a request, about a tenth of the admin
 * catalogue's time (performance.md, "Why the admin table was slow").
 *
 * <p>Only the plain case is taken: a public method of a public class, the only one of its name with
 * that many parameters, not varargs; each argument converted to its parameter's type as EL does.
 * Anything else (an overloaded or varargs method, a static or inaccessible one, no such method) is
 * left to {@code BeanELResolver}, exactly as before. Registered in faces-config.xml.
 */
public class MethodCalls extends ELResolver {

  /**
   * Per class, per "name/parameter count": the method, or none when the plain case does not hold.
   */
  private static final ClassValue<Map<String, Optional<Method>>> METHODS =
      new ClassValue<>() {
        @Override
        protected Map<String, Optional<Method>> computeValue(Class<?> type) {
          return new ConcurrentHashMap<>();
        }
      };

  @Override
  public Object invoke(
      ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
    if (base == null || method == null || paramTypes != null) {
      return null;
    }
    Object[] args = params == null ? new Object[0] : params;
    Optional<Method> found = method(base.getClass(), method.toString(), args.length);
    if (found.isEmpty()) {
      return null;
    }
    Method target = found.get();
    Class<?>[] types = target.getParameterTypes();
    Object[] converted = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      converted[i] = context.convertToType(args[i], types[i]);
    }
    Object result;
    try {
      result = target.invoke(base, converted);
    } catch (InvocationTargetException e) {
      throw new ELException(e.getCause());
    } catch (IllegalAccessException e) {
      // a public method the class's module or nesting keeps out of reach: EL's own way
      METHODS.get(base.getClass()).put(key(method.toString(), args.length), Optional.empty());
      return null;
    }
    context.setPropertyResolved(base, method);
    return result;
  }

  /** The plain-case method {@code name} of {@code type} taking {@code arity} arguments. */
  static Optional<Method> method(Class<?> type, String name, int arity) {
    return METHODS.get(type).computeIfAbsent(key(name, arity), k -> lookUp(type, name, arity));
  }

  private static String key(String name, int arity) {
    return name + "/" + arity;
  }

  private static Optional<Method> lookUp(Class<?> type, String name, int arity) {
    if (!Modifier.isPublic(type.getModifiers())) {
      return Optional.empty();
    }
    Method only = null;
    for (Method m : type.getMethods()) {
      if (m.getName().equals(name) && m.getParameterCount() == arity) {
        if (only != null) {
          return Optional.empty();
        }
        only = m;
      }
    }
    if (only == null
        || only.isVarArgs()
        || Modifier.isStatic(only.getModifiers())
        || !Modifier.isPublic(only.getDeclaringClass().getModifiers())) {
      return Optional.empty();
    }
    return Optional.of(only);
  }

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    return null;
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    return null;
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    // not a property resolver
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    return false;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return null;
  }
}
