# Build stage: the Maven wrapper pins Maven 3.9.11; dependencies are fetched before the sources are copied so that
# they stay cached while only code changes. The database kind is fixed at build time (Quarkus builds the datasource
# into the application): h2, or postgresql with --build-arg DB_KIND=postgresql.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /build
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:go-offline
COPY src src
COPY seed-data seed-data
# Declared only here: a different DB_KIND then reuses the cached dependencies.
ARG DB_KIND=h2
RUN ./mvnw -B -q package -DskipTests -Dquarkus.datasource.db-kind=${DB_KIND}

# Runtime stage: JRE only, non-root, H2 data in a volume. A PostgreSQL build leaves the volume empty and takes its
# database from QUARKUS_DATASOURCE_JDBC_URL, _USERNAME and _PASSWORD in the environment.
FROM eclipse-temurin:17-jre
RUN apt-get update \
    && apt-get install -y --no-install-recommends fonts-dejavu-core curl \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home-dir /app tracker \
    && mkdir -p /app/data \
    && chown -R tracker /app
WORKDIR /app
COPY --from=build --chown=tracker /build/target/quarkus-app/ /app/
USER tracker
# Application class data sharing (AppCDS): a training start records the classes the service loads into an archive that
# later starts map instead of loading and verifying each class again (start 6.8 s -> 4.9 s on 2 cores, measured). It
# must be made by this image's JVM, hence here and not in the build stage. An H2 image starts fully on a throwaway
# database and is stopped once ready; a PostgreSQL image has no database here, fails to connect and exits, having
# loaded most of the same classes. Either way the JVM writes the archive as it exits.
RUN cd /tmp \
    && (QUARKUS_DATASOURCE_JDBC_URL="jdbc:h2:file:/tmp/training/tracker" \
        TRACKER_BOOTSTRAP_ADMIN_PASSWORD=training-only-password \
        java -XX:ArchiveClassesAtExit=/app/app-cds.jsa -jar /app/quarkus-run.jar > /tmp/training.log 2>&1 & \
        pid=$!; \
        for _ in $(seq 1 120); do \
            curl -fs -o /dev/null http://127.0.0.1:8080/q/health/ready && break; \
            kill -0 "$pid" 2>/dev/null || break; \
            sleep 1; \
        done; \
        kill -TERM "$pid" 2>/dev/null; wait "$pid"; true) \
    && test -s /app/app-cds.jsa \
    && rm -rf /tmp/training /tmp/training.log
VOLUME /app/data
EXPOSE 8080
# Serial GC and a bounded heap: a service of a few requests a second on one or two cores; 256 MB holds the XLSX and PDF
# export of a 5 000-measure plan (bench/RESULTS.md).
ENV JAVA_OPTS="-Dquarkus.http.host=0.0.0.0 -XX:SharedArchiveFile=/app/app-cds.jsa -XX:+UseSerialGC -Xms32m -Xmx256m \
-XX:ReservedCodeCacheSize=64m -Xss512k"
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/quarkus-run.jar"]
