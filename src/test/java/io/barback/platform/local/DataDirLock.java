package io.barback.platform.local;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One running Barback per data directory. The lock is an OS file lock, so a run that was
 * killed releases it with its process and never blocks the next start.
 */
final class DataDirLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static DataDirLock acquire(Path dir) throws IOException {
        Path file = dir.resolve("barback.lock");
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.READ);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException sameJvm) {
            lock = null;
        }
        if (lock == null) {
            String holder = Files.readString(file, StandardCharsets.US_ASCII).trim();
            channel.close();
            throw new IllegalStateException("Another Barback (pid " + (holder.isEmpty() ? "?" : holder)
                    + ") is running on the local data in " + dir + "; stop it first, or point this one elsewhere"
                    + " with --barback.local-stack.data-dir=...");
        }
        channel.truncate(0);
        channel.write(java.nio.ByteBuffer.wrap(String.valueOf(ProcessHandle.current().pid())
                .getBytes(StandardCharsets.US_ASCII)));
        channel.force(true);
        return new DataDirLock(channel, lock);
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
