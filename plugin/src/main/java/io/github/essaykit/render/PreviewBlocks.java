package io.github.essaykit.render;

import io.github.essaykit.resolve.PageIds;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The hidden preview blocks of one page, one for each essay link target: kept by the target
 * itself (essay path and label), so a link can never show another target's preview, and
 * written out by their {@link PageIds#preview} ids.
 */
final class PreviewBlocks {

    private record Target(String essayPath, String labelId) {}

    private record Block(String id, String html) {}

    private final Map<Target, Block> blocks = new LinkedHashMap<>();

    /** The id of the target's preview block, made by {@code html} the first time it is asked for. */
    String idOf(String essayPath, String labelId, Supplier<String> html) {
        return blocks.computeIfAbsent(new Target(essayPath, labelId),
                t -> new Block(PageIds.preview(essayPath, labelId), html.get())).id();
    }

    /** id → block, in the order first linked; fails if two targets were given one id. */
    Map<String, String> byId() {
        Map<String, String> byId = new LinkedHashMap<>();
        blocks.forEach((target, block) -> {
            if (byId.putIfAbsent(block.id(), block.html()) != null) {
                throw new IllegalStateException("two link previews share the id " + block.id());
            }
        });
        return byId;
    }
}
