package io.github.essaykit.cite;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import java.util.function.UnaryOperator;

/** An item's titles (its own, its container's and its collection's, long and short), each changed by one function. */
final class TitleFields {

    private TitleFields() {}

    /** The item with {@code change} applied to each title: the same item when it changes none (returns the very string). */
    static CSLItemData map(CSLItemData item, UnaryOperator<String> change) {
        String title = change.apply(item.getTitle());
        String titleShort = change.apply(item.getTitleShort());
        String container = change.apply(item.getContainerTitle());
        String containerShort = change.apply(item.getContainerTitleShort());
        String collection = change.apply(item.getCollectionTitle());
        if (title == item.getTitle() && titleShort == item.getTitleShort() && container == item.getContainerTitle()
                && containerShort == item.getContainerTitleShort() && collection == item.getCollectionTitle()) {
            return item;
        }
        return new CSLItemDataBuilder(item).title(title).titleShort(titleShort).containerTitle(container)
                .containerTitleShort(containerShort).collectionTitle(collection).build();
    }
}
