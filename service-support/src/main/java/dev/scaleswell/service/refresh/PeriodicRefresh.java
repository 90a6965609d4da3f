package dev.scaleswell.service.refresh;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

import org.springframework.context.SmartLifecycle;

/**
 * Runs {@link #refresh()} at start-up and then every interval on its own platform thread,
 * off the request path, for as long as the application context runs.
 * <p>
 * Not a virtual thread: a refresh is CPU work (rarely run, so interpreted code; a model
 * load verifies and compiles a forest), and a virtual thread keeps its carrier until it
 * blocks. In a pod of one CPU there is one carrier, so each poll would stall every
 * request for its duration; the OS time-slices a platform thread instead.
 */
public abstract class PeriodicRefresh implements SmartLifecycle {

	private final String threadName;

	private final Duration interval;

	private final Object lifecycle = new Object();

	private @Nullable ScheduledExecutorService scheduler;

	protected PeriodicRefresh(String threadName, Duration interval) {
		this.threadName = threadName;
		this.interval = interval;
	}

	/** One refresh; it must handle its own failures, or the schedule stops. */
	protected abstract void refresh();

	@Override
	public void start() {
		synchronized (this.lifecycle) {
			ScheduledExecutorService executor = Executors
				.newSingleThreadScheduledExecutor(Thread.ofPlatform().name(this.threadName).daemon().factory());
			executor.scheduleWithFixedDelay(this::refresh, 0, this.interval.toMillis(), TimeUnit.MILLISECONDS);
			this.scheduler = executor;
		}
	}

	@Override
	public void stop() {
		synchronized (this.lifecycle) {
			if (this.scheduler != null) {
				this.scheduler.shutdownNow();
				this.scheduler = null;
			}
		}
	}

	@Override
	public boolean isRunning() {
		synchronized (this.lifecycle) {
			return this.scheduler != null;
		}
	}

}
