package org.chancery.store;

import java.nio.file.Path;
import java.util.Set;

/** A load that never ends, for a test to kill: it says when it is under way, then writes on. */
public final class LoadUntilKilled {
    static final String LOADING = "loading";

    public static void main(String[] args) {
        try (Store s = Store.open(Path.of(args[0]))) {
            s.load(StoreTest.graphs("a", "c"), 1000, Store.Loader.valueOf(args[1]), out -> {
                StoreTest.document(out, "a", 3);
                for (int n = 0; ; n++) {
                    StoreTest.document(out, "c" + n, 1000);
                    if (n == 20) {
                        System.out.println(LOADING);
                        System.out.flush();
                    }
                }
            });
        }
    }
}
