package io.github.essaykit.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads {@code author} (or {@code authors}) as pandoc, Quarto, R Markdown and JOSS write it: a
 * name, a list of names, or maps with {@code name} (text, or {@code given}/{@code family}/
 * {@code literal}), {@code affiliation}/{@code affiliations} (text, list of texts, list of maps
 * with {@code name}, or references such as JOSS's {@code "1, 2"} or Quarto's {@code ref: cmu} to
 * the top-level {@code affiliations} list of {@code {name, index}} or {@code {id, name}}, papaja's
 * {@code affiliation} list of {@code {id, institution}}, or an affiliation with an {@code id} written
 * in full under another author),
 * {@code orcid}, {@code email}, {@code url}; or, as pandoc's scholarly-metadata filter writes it,
 * a map from the name to those fields ({@code - Jane Doe: {email: …}}). Keys it does not use ({@code equal-contrib},
 * {@code corresponding}, {@code roles} ...) are ignored, as pandoc ignores them.
 */
final class AuthorReader {

    private static final Pattern ORCID = Pattern.compile("(?:https?://(?:www\\.)?orcid\\.org/)?(\\d{4}-\\d{4}-\\d{4}-\\d{3}[\\dX])/?");
    private static final Pattern REFERENCES = Pattern.compile("\\d+(\\s*,\\s*\\d+)*");

    private final NodeProblems problems;
    /** The top-level affiliations by their index or id. */
    private final Map<String, String> shared = new LinkedHashMap<>();

    AuthorReader(NodeProblems problems, Node affiliations) {
        this.problems = problems;
        if (affiliations instanceof SequenceNode list) {
            for (Node item : list.getValue()) {
                Map<String, Node> fields = fields(item);
                String name = text(fields.getOrDefault("name", fields.get("institution"))); // papaja: institution
                String ref = text(fields.getOrDefault("index", fields.getOrDefault("id", fields.get("number"))));
                if (name.isEmpty() || ref.isEmpty()) {
                    problems.error(item, "each entry of 'affiliations' needs a 'name' and an 'index' (or 'id') that authors refer to");
                    continue;
                }
                shared.put(ref, name);
            }
        } else if (affiliations != null) {
            problems.error(affiliations, "'affiliations' must be a list of entries such as '- name: University of Oslo' with 'index: 1'");
        }
    }

    List<Author> read(Node node) {
        List<Author> authors = new ArrayList<>();
        List<Node> items = node instanceof SequenceNode list ? list.getValue() : node == null ? List.of() : List.of(node);
        items.forEach(this::shareInlineAffiliations);
        for (Node item : items) {
            if (item instanceof ScalarNode scalar) {
                if (!scalar.getValue().isBlank()) {
                    authors.add(Author.named(scalar.getValue().strip()));
                }
            } else if (item instanceof MappingNode) {
                author(item).ifPresent(authors::add);
            } else {
                problems.error(item, "an author is a name, or a map such as '{name: Jane Doe, affiliation: University of Oslo}'");
            }
        }
        return authors;
    }

    private Optional<Author> author(Node node) {
        Map<String, Node> fields = fields(node);
        String name = fields.containsKey("name") ? name(fields.get("name")) : name(node);
        if (name.isEmpty() && node instanceof MappingNode map && map.getValue().size() == 1
                && map.getValue().get(0).getKeyNode() instanceof ScalarNode key && !(key.getValue().isBlank())
                && map.getValue().get(0).getValueNode() instanceof MappingNode details) {
            // '- Jane Doe: {email: …}', the form of pandoc's scholarly-metadata filter (pandoc-scholar)
            name = key.getValue().strip();
            fields = fields(details);
        }
        if (name.isEmpty()) {
            problems.error(node, "this author has no 'name'; add one, e.g. 'name: Jane Doe'");
            return Optional.empty();
        }
        List<String> affiliations = new ArrayList<>();
        for (String key : List.of("affiliation", "affiliations")) {
            if (fields.containsKey(key)) {
                affiliations(fields.get(key), affiliations);
            }
        }
        return Optional.of(new Author(name, affiliations, orcid(fields.get("orcid")), text(fields.get("email")),
                text(fields.get("url"))));
    }

    /**
     * Quarto lets an affiliation be written in full, with an {@code id}, under one author and
     * referred to with {@code ref} under any other, before or after it.
     */
    private void shareInlineAffiliations(Node author) {
        Map<String, Node> fields = fields(author);
        for (String key : List.of("affiliation", "affiliations")) {
            if (fields.get(key) instanceof SequenceNode list) {
                for (Node item : list.getValue()) {
                    Map<String, Node> affiliation = fields(item);
                    String id = text(affiliation.get("id"));
                    String name = text(affiliation.get("name"));
                    if (!id.isEmpty() && !name.isEmpty()) {
                        shared.putIfAbsent(id, name);
                    }
                }
            }
        }
    }

    /**
     * "Jane Doe", or the parts of a name: CSL's {given, family, literal} (Quarto) or JOSS's
     * {given-names, dropping-particle, non-dropping-particle, surname, suffix}.
     */
    private static String name(Node node) {
        if (node instanceof MappingNode) {
            Map<String, Node> parts = fields(node);
            String literal = text(parts.get("literal"));
            if (!literal.isEmpty()) {
                return literal;
            }
            StringBuilder name = new StringBuilder();
            for (String[] part : new String[][] {{"given", "given-names", "first"}, {"dropping-particle"},
                {"non-dropping-particle"}, {"family", "surname", "last"}, {"suffix"}}) {
                for (String key : part) {
                    if (!text(parts.get(key)).isEmpty()) {
                        name.append(' ').append(text(parts.get(key)));
                        break;
                    }
                }
            }
            return name.toString().strip();
        }
        return text(node);
    }

    private void affiliations(Node node, List<String> out) {
        List<Node> items = node instanceof SequenceNode list ? list.getValue() : List.of(node);
        for (Node item : items) {
            if (item instanceof MappingNode) {
                Map<String, Node> fields = fields(item);
                if (fields.containsKey("ref")) {
                    resolve(item, text(fields.get("ref")), out);
                } else if (!text(fields.get("name")).isEmpty()) {
                    out.add(text(fields.get("name")));
                } else {
                    problems.error(item, "this affiliation has no 'name'; add one, e.g. 'name: University of Oslo'");
                }
            } else if (item instanceof ScalarNode scalar) {
                String value = scalar.getValue().strip();
                if (REFERENCES.matcher(value).matches()) {
                    for (String ref : value.split("\\s*,\\s*")) {
                        resolve(item, ref, out);
                    }
                } else if (shared.containsKey(value)) {
                    out.add(shared.get(value));
                } else if (!value.isEmpty()) {
                    out.add(value);
                }
            } else {
                problems.error(item, "an affiliation is a name, a map with a 'name', or a reference to the 'affiliations' list");
            }
        }
    }

    private void resolve(Node at, String ref, List<String> out) {
        String name = shared.get(ref);
        if (name != null) {
            out.add(name);
        } else {
            problems.error(at, "affiliation '" + ref + "' is not in the front matter's 'affiliations' list"
                    + (shared.isEmpty() ? "; add the list, e.g. 'affiliations:' then '- name: University of Oslo' and '  index: " + ref + "'"
                            : " (it has " + String.join(", ", shared.keySet()) + ")"));
        }
    }

    private String orcid(Node node) {
        String value = text(node);
        if (value.isEmpty()) {
            return "";
        }
        Matcher m = ORCID.matcher(value);
        if (m.matches()) {
            return "https://orcid.org/" + m.group(1);
        }
        problems.warning(node, "'" + value + "' is not an ORCID iD such as 0000-0002-1825-0097, so it is not linked");
        return "";
    }

    static Map<String, Node> fields(Node node) {
        Map<String, Node> fields = new LinkedHashMap<>();
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key) {
                    fields.putIfAbsent(key.getValue(), tuple.getValueNode());
                }
            }
        }
        return fields;
    }

    static String text(Node node) {
        return node instanceof ScalarNode scalar ? scalar.getValue().strip() : "";
    }
}
