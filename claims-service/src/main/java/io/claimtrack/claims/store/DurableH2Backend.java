package io.claimtrack.claims.store;

import java.util.Locale;
import java.util.Set;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * The H2 backend, committing the MVStore after every write command and before its reply leaves.
 * MVStore on its own commits in the background about once a second, so a {@code kill -9} lost up
 * to a second of acknowledged writes; with this an acknowledged write is in the file, and with
 * {@code sync} also forced to the disk (surviving a power cut, not only a process crash).
 */
final class DurableH2Backend extends H2Backend {

    private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findandmodify", "createindexes",
            "drop", "dropdatabase", "dropindexes", "renamecollection", "create");

    private final boolean sync;

    DurableH2Backend(String file, boolean sync) {
        super(file);
        this.sync = sync;
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        try {
            return super.handleCommand(channel, database, command, query);
        } finally {
            // also after a failed write: a bulk write may have applied part of its operations
            if (WRITES.contains(command.toLowerCase(Locale.ROOT))) {
                getMvStore().commit();
                if (sync) {
                    getMvStore().sync();
                }
            }
        }
    }
}
