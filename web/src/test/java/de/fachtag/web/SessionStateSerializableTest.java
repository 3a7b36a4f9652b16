package de.fachtag.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.flow.FlowScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Several instances, one cluster: a staff member's session (their sign-in, every
 * {@code @SessionScoped} and {@code @ViewScoped} bean, the Faces views) is written to the
 * Payara Micro data grid and read back on another instance. Whatever such a bean holds must
 * therefore be {@link Serializable}, all the way down: this test finds every session- or
 * view-scoped class of the web module and fails on each field that could not travel.
 *
 * <p>Allowed without being serializable: static and transient fields, and references the
 * container makes serializable itself: {@code @EJB} and {@code @Inject} of an EJB or of a
 * normal-scoped CDI bean (a client proxy). Anything else is checked by its declared type:
 * primitives, enums, serializable classes; collections and maps are checked by their element
 * types; records and classes of this product recursively by their own fields.
 */
class SessionStateSerializableTest {

    static final List<Class<? extends Annotation>> SESSION_SCOPES =
            List.of(SessionScoped.class, ViewScoped.class, ConversationScoped.class, FlowScoped.class);
    static final List<Class<? extends Annotation>> PROXIED = List.of(
            ApplicationScoped.class,
            RequestScoped.class,
            SessionScoped.class,
            ViewScoped.class,
            ConversationScoped.class,
            FlowScoped.class);
    static final List<Class<? extends Annotation>> EJBS = List.of(Stateless.class, Singleton.class, Stateful.class);

    /** Interfaces whose implementations in use (ArrayList, List.of, HashMap, TreeMap, ...) are all serializable. */
    static final Set<Class<?>> SERIALIZABLE_CONTAINERS = Set.of(
            Collection.class,
            List.class,
            Set.class,
            Map.class,
            java.util.SortedMap.class,
            java.util.SortedSet.class,
            java.util.NavigableMap.class);

    @Test
    void everySessionAndViewScopedBeanHoldsOnlyWhatCanMoveToAnotherInstance() throws Exception {
        List<Class<?>> beans = sessionScopedClasses();
        assertThat(beans)
                .as("the scan finds the known view- and session-scoped beans")
                .extracting(Class::getSimpleName)
                .contains("EventEditView", "EventRegistrationsView", "RegisterView");
        List<String> problems = new ArrayList<>();
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
            }
            checkFields(bean, bean.getSimpleName(), problems, new HashSet<>());
        }
        assertThat(new TreeSet<>(problems))
                .as("fields of session/view-scoped beans that cannot be replicated")
                .isEmpty();
    }

    @Test
    void theCheckFindsWhatCannotTravel() {
        List<String> problems = new ArrayList<>();
        checkFields(Holder.class, "Holder", problems, new HashSet<>());
        assertThat(problems)
                .hasSize(4)
                .anyMatch(p -> p.contains("thread"))
                .anyMatch(p -> p.contains("maybe"))
                .anyMatch(p -> p.contains("rows"))
                .anyMatch(p -> p.contains("value"));
    }

    // ------------------------------------------------------------------ the negative control

    static final class NotSerializable {}

    record Row(String name, NotSerializable value) implements Serializable {}

    @SuppressWarnings("unused")
    static final class Holder implements Serializable {
        private static final long serialVersionUID = 1L;
        String fine;
        List<String> names;
        transient Thread skipped;
        Thread thread;
        java.util.Optional<String> maybe;
        List<NotSerializable> rows;
        Row row; // its component "value" is not serializable
    }

    // ------------------------------------------------------------------ the scan

    static List<Class<?>> sessionScopedClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(de.fachtag.web.security.StaffSession.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file)
                        .toString()
                        .replace(java.io.File.separatorChar, '.')
                        .replaceAll("\\.class$", "");
                if (name.endsWith("package-info") || name.equals("module-info")) {
                    continue;
                }
                Class<?> c = Class.forName(name, false, SessionStateSerializableTest.class.getClassLoader());
                if (SESSION_SCOPES.stream().anyMatch(c::isAnnotationPresent)) {
                    found.add(c);
                }
            }
        }
        return found;
    }

    static void checkFields(Class<?> type, String path, List<String> problems, Set<Type> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (type.isRecord()) {
            for (RecordComponent rc : type.getRecordComponents()) {
                checkType(rc.getGenericType(), path + "." + rc.getName(), problems, seen);
            }
            return;
        }
        for (Class<?> c = type; c != null && ours(c); c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                int m = f.getModifiers();
                if (Modifier.isStatic(m) || Modifier.isTransient(m) || f.isSynthetic()) {
                    continue;
                }
                String where = path + "." + f.getName();
                if (f.isAnnotationPresent(EJB.class)) {
                    continue;
                }
                if (f.isAnnotationPresent(Inject.class)) {
                    if (containerMakesSerializable(f.getType())) {
                        continue;
                    }
                }
                checkType(f.getGenericType(), where, problems, seen);
            }
        }
    }

    static void checkType(Type type, String where, List<String> problems, Set<Type> seen) {
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            if (!raw.isInterface() || !SERIALIZABLE_CONTAINERS.contains(raw)) {
                checkClass(raw, where, problems, seen);
            }
            for (Type argument : p.getActualTypeArguments()) {
                checkType(argument, where + "<>", problems, seen);
            }
        } else if (type instanceof Class<?> c) {
            if (c.isArray()) {
                checkType(c.getComponentType(), where + "[]", problems, seen);
            } else if (c.isInterface() && SERIALIZABLE_CONTAINERS.contains(c)) {
                problems.add(where + ": raw " + c.getSimpleName() + " (give its element type)");
            } else {
                checkClass(c, where, problems, seen);
            }
        } else if (type instanceof GenericArrayType a) {
            checkType(a.getGenericComponentType(), where + "[]", problems, seen);
        } else if (type instanceof WildcardType w) {
            for (Type bound : w.getUpperBounds()) {
                checkType(bound, where, problems, seen);
            }
        } else if (type instanceof TypeVariable<?> v) {
            for (Type bound : v.getBounds()) {
                checkType(bound, where, problems, seen);
            }
        }
    }

    static void checkClass(Class<?> c, String where, List<String> problems, Set<Type> seen) {
        if (c.isPrimitive() || c.isEnum()) {
            return;
        }
        if (!Serializable.class.isAssignableFrom(c)) {
            problems.add(where + ": " + c.getName() + " is not Serializable");
            return;
        }
        if (ours(c)) {
            checkFields(c, where, problems, seen);
        }
    }

    /** The product's own classes (and the tests'), whose fields the check follows. */
    static boolean ours(Class<?> c) {
        return c.getName().startsWith("de.fachtag.");
    }

    /** A normal-scoped bean or an EJB: what is injected is a serializable proxy, not the bean. */
    static boolean containerMakesSerializable(Class<?> type) {
        return PROXIED.stream().anyMatch(type::isAnnotationPresent)
                || EJBS.stream().anyMatch(type::isAnnotationPresent)
                // built-in beans the container injects as serializable proxies
                || List.of("jakarta.security.enterprise.SecurityContext", "jakarta.servlet.http.HttpServletRequest")
                        .contains(type.getName());
    }
}
