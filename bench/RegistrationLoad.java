import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load generator of bench/registrations.sh (a single-file Java program: java RegistrationLoad.java).
 * Fires N registrations with C concurrent clients at the public JSON API of one event:
 * POST {base}/api/v1/tenants/{tenant}/events/{event}/registrations. BASE_URL and EVENT may each
 * be a comma-separated list (bench/cluster.sh): registration i goes to base i mod #bases (round
 * robin over the instances) and event i mod #events. A 503 (seats busy) is
 * retried like a person would, at most 10 times; its latency counts into the one request.
 *
 * Prints human-readable figures and one line "RESULT key=value ..." for the script.
 */
public class RegistrationLoad {

    public static void main(String[] args) throws Exception {
        if (args.length < 5) {
            System.err.println(
                    "usage: java RegistrationLoad.java BASE_URL TENANT EVENT N CLIENTS [RUN_ID] [CONSENT_KEYS] [WORKSHOPS]");
            System.exit(2);
        }
        List<String> bases = Arrays.stream(args[0].split(","))
                .map(b -> b.replaceAll("/+$", ""))
                .toList();
        String tenant = args[1];
        List<String> events = Arrays.asList(args[2].split(","));
        int n = Integer.parseInt(args[3]);
        int clients = Integer.parseInt(args[4]);
        String run = args.length > 5 ? args[5] : Long.toString(System.currentTimeMillis(), 36);
        List<String> consentKeys =
                new ArrayList<>(args.length > 6 && !args[6].isBlank() ? Arrays.asList(args[6].split(",")) : List.of());
        List<String> workshops = args.length > 7 && !args[7].isBlank() ? Arrays.asList(args[7].split(",")) : List.of();
        // BENCH_API_PREFIX: another mount of the same contract (the two-instance test's stand-in, /it-load)
        String prefix = System.getenv().getOrDefault("BENCH_API_PREFIX", "/api/v1");
        List<URI> uris = new ArrayList<>();
        for (String base : bases) {
            for (String event : events) {
                uris.add(URI.create(base + prefix + "/tenants/" + tenant + "/events/" + event + "/registrations"));
            }
        }
        URI uri = uris.get(0);
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(Math.max(2, clients / 4)))
                .build();

        // warm-up: one request that must not count; tells whether the endpoint answers at all and
        // which acknowledgements must be ticked (the 422 names them as consents.<key>)
        HttpResponse<String> probe =
                http.send(request(uri, "{\"consents\": {}}"), HttpResponse.BodyHandlers.ofString());
        if (probe.statusCode() != 422) {
            System.err.println("The endpoint " + uri + " answered " + probe.statusCode() + " to an empty registration "
                    + "(expected 422): " + probe.body());
            System.exit(1);
        }
        if (consentKeys.isEmpty()) {
            Matcher m = Pattern.compile("\"consents\\.([a-z0-9-]+)\"").matcher(probe.body());
            while (m.find()) {
                consentKeys.add(m.group(1));
            }
        }
        String consents = consentKeys.stream()
                .map(k -> "\"" + k + "\": true")
                .reduce((a, b) -> a + ", " + b)
                .map(s -> "{" + s + "}")
                .orElse("{}");
        long[] latencies = new long[n];
        Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
        AtomicInteger retries = new AtomicInteger();
        AtomicLong firstFailure = new AtomicLong(-1);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> futures = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            int person = i;
            futures.add(pool.submit(() -> {
                String workshop = workshops.isEmpty()
                        ? ""
                        : ", \"workshop\": \"" + workshops.get(person % workshops.size()) + "\"";
                String body = "{\"name\": \"Bench " + person + "\", \"email\": \"bench-" + run + "-" + person
                        + "@bench.invalid\", \"organisation\": \"Lasttest\", \"sector\": \"ADMINISTRATION\", "
                        + "\"mode\": \"ON_SITE\"" + workshop + ", \"language\": \"de\", \"consents\": " + consents
                        + "}";
                long t0 = System.nanoTime();
                String outcome;
                try {
                    HttpResponse<String> r = null;
                    for (int attempt = 0; attempt <= 10; attempt++) {
                        URI target = uris.get(((person + person / events.size()) % bases.size()) * events.size()
                                + person % events.size());
                        r = http.send(request(target, body), HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() != 503) {
                            break;
                        }
                        retries.incrementAndGet();
                        Thread.sleep(50);
                    }
                    outcome = r.statusCode() == 201 || r.statusCode() == 200
                            ? status(r.body())
                            : "HTTP " + r.statusCode();
                    if (!outcome.equals("CONFIRMED")
                            && !outcome.equals("WAITLISTED")
                            && firstFailure.compareAndSet(-1, person)) {
                        System.err.println("first refusal (" + outcome + "): " + r.body());
                    }
                } catch (Exception e) {
                    outcome = e.getClass().getSimpleName();
                }
                latencies[person] = System.nanoTime() - t0;
                outcomes.computeIfAbsent(outcome, k -> new AtomicInteger()).incrementAndGet();
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        Arrays.sort(latencies);
        double rps = n / seconds;
        double p50 = latencies[(int) Math.min(n - 1, Math.ceil(n * 0.50) - 1)] / 1e6;
        double p99 = latencies[(int) Math.min(n - 1, Math.ceil(n * 0.99) - 1)] / 1e6;
        Map<String, Integer> counts = new TreeMap<>();
        outcomes.forEach((k, v) -> counts.put(k, v.get()));
        System.out.printf(
                "API: %d registrations, %d clients, %.2f s: %.1f registrations/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                n, clients, seconds, rps, p50, p99, latencies[n - 1] / 1e6);
        System.out.println("API answers: " + counts + ", retries after 503: " + retries.get());
        System.out.printf(
                java.util.Locale.ROOT, "RESULT rps=%.1f p50=%.1f p99=%.1f seconds=%.2f%n", rps, p50, p99, seconds);
        System.exit(0);
    }

    private static HttpRequest request(URI uri, String body) {
        return HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private static String status(String json) {
        Matcher m = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z]+)\"").matcher(json);
        return m.find() ? m.group(1) : "?";
    }
}
