package org.aftersales.web.shared.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi30;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The hand-written OpenAPI document names every resource path and method the API serves, is valid
 * for the tools partners use (issue 10.19: a real OpenAPI parser reads it without a single error or
 * warning), and its examples are valid against their schemas.
 */
class OpenApiDocumentTest {

    /** Where the examples' validator finds the document (never fetched: the loader below serves it). */
    private static final String DOCUMENT_IRI = "https://aftersales.invalid/api/v1/openapi.json";

    private static String document() throws IOException {
        try (InputStream in = OpenApiResource.class.getResourceAsStream("openapi.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<Class<?>> resources() throws IOException, URISyntaxException, ClassNotFoundException {
        java.nio.file.Path classes = Paths.get(ApiApplication.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        List<Class<?>> found = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            for (java.nio.file.Path file :
                    files.filter(f -> f.toString().endsWith("Resource.class")).toList()) {
                String name =
                        classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name);
                if (type.isAnnotationPresent(Path.class)) {
                    found.add(type);
                }
            }
        }
        return found;
    }

    @Test
    void everyResourceMethodIsDocumented() throws Exception {
        String document = document();
        List<Class<?>> resources = resources();
        assertFalse(resources.isEmpty());
        for (Class<?> resource : resources) {
            String base = "/" + resource.getAnnotation(Path.class).value().replaceAll("^/|/$", "");
            for (Method method : declaredAndInherited(resource)) {
                String verb = method.isAnnotationPresent(GET.class)
                        ? "get"
                        : method.isAnnotationPresent(POST.class)
                                ? "post"
                                : method.isAnnotationPresent(PUT.class)
                                        ? "put"
                                        : method.isAnnotationPresent(DELETE.class) ? "delete" : null;
                if (verb == null) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                String path = sub == null ? base : base + "/" + sub.value().replaceAll("^/", "");
                int at = document.indexOf("\n  " + path + ":\n");
                assertTrue(at >= 0, "OpenAPI document lacks path " + path + " (" + resource.getSimpleName() + ")");
                int next = document.indexOf("\n  /", at + 3);
                String section = document.substring(at, next < 0 ? document.indexOf("\ncomponents:") : next);
                assertTrue(
                        section.contains("\n    " + verb.toLowerCase(Locale.ROOT) + ":"),
                        "OpenAPI document lacks " + verb.toUpperCase(Locale.ROOT) + " " + path);
            }
        }
    }

    /**
     * swagger-parser, the parser openapi-generator's {@code validate} and the Swagger tools use:
     * any message, error or warning (an unexpected key, a broken reference, a wrong type), fails.
     */
    @Test
    void aRealOpenApiParserReadsTheDocumentWithoutAnyErrorOrWarning() throws IOException {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setValidateInternalRefs(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(document(), null, options);
        List<String> messages = Objects.requireNonNullElse(result.getMessages(), List.of());
        assertEquals(List.of(), messages, "the OpenAPI parser's errors and warnings");
        assertNotNull(result.getOpenAPI(), "parsed");
        assertFalse(result.getOpenAPI().getPaths().isEmpty());
    }

    /** Every example (of a schema, a parameter, a media type) is valid against its schema, OpenAPI 3.0 dialect. */
    @Test
    void everyExampleIsValidAgainstItsSchema() throws IOException {
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(document());
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(
                SpecVersion.VersionFlag.V4,
                builder -> builder.metaSchema(OpenApi30.getInstance())
                        .defaultMetaSchemaIri(OpenApi30.getInstance().getIri())
                        .schemaLoaders(loaders -> loaders.schemas(Map.of(DOCUMENT_IRI, root.toString()))));
        SchemaValidatorsConfig config =
                SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        List<Example> examples = new ArrayList<>();
        examples(root, "", false, examples);
        assertTrue(examples.size() >= 20, "the walk finds the document's examples: " + examples.size());
        List<String> invalid = new ArrayList<>();
        for (Example example : examples) {
            JsonSchema schema =
                    factory.getSchema(SchemaLocation.of(DOCUMENT_IRI + "#" + example.schemaPointer()), config);
            Set<ValidationMessage> errors = schema.validate(example.value());
            if (!errors.isEmpty()) {
                invalid.add(example.at() + " " + example.value() + ": " + errors);
            }
        }
        assertEquals(List.of(), invalid, "examples that do not match their schema");
    }

    /** An example found at {@code at}, to be valid against the schema at {@code schemaPointer}. */
    private record Example(String at, String schemaPointer, JsonNode value) {}

    /** Walks the document: schemas (and the schemas inside them) and the objects that hold a schema beside examples. */
    private static void examples(JsonNode node, String pointer, boolean schema, List<Example> found) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                examples(node.get(i), pointer + "/" + i, schema, found);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        if (schema) {
            if (node.has("example")) {
                found.add(new Example(pointer + "/example", pointer, node.get("example")));
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String at = pointer + "/" + escape(field.getKey());
                switch (field.getKey()) {
                    case "properties" ->
                        field.getValue()
                                .fields()
                                .forEachRemaining(
                                        p -> examples(p.getValue(), at + "/" + escape(p.getKey()), true, found));
                    case "items", "additionalProperties", "not", "allOf", "anyOf", "oneOf" ->
                        examples(field.getValue(), at, true, found);
                    default -> {} // enum, default, example…: values, not schemas
                }
            }
            return;
        }
        if (node.has("schema")) { // a parameter, header or media type: its example(s) against its schema
            if (node.has("example")) {
                found.add(new Example(pointer + "/example", pointer + "/schema", node.get("example")));
            }
            if (node.has("examples")) {
                node.get("examples")
                        .fields()
                        .forEachRemaining(e -> found.add(new Example(
                                pointer + "/examples/" + escape(e.getKey()),
                                pointer + "/schema",
                                e.getValue().path("value"))));
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String at = pointer + "/" + escape(field.getKey());
            if (field.getKey().equals("schema")) {
                examples(field.getValue(), at, true, found);
            } else if (at.equals("/components/schemas")) {
                field.getValue()
                        .fields()
                        .forEachRemaining(s -> examples(s.getValue(), at + "/" + escape(s.getKey()), true, found));
            } else if (!field.getKey().equals("example") && !field.getKey().equals("examples")) {
                examples(field.getValue(), at, false, found);
            }
        }
    }

    /** A JSON Pointer token (RFC 6901). */
    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    /** The methods a resource class declares and inherits (a base class may serve several paths). */
    private static List<Method> declaredAndInherited(Class<?> type) {
        List<Method> methods = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            methods.addAll(List.of(c.getDeclaredMethods()));
        }
        return methods;
    }
}
