/*
 * The floor of the benchmark: what any generator of this site pays at least. Finds every meeting
 * (content/meetings/<yyyy>/<name>.md), reads it, skips the YAML front matter, renders the Markdown
 * with cmark-gfm (the same options and GFM extensions samverkan uses: table, strikethrough,
 * autolink, tagfilter, tasklist, footnotes, safe mode) and writes the HTML fragment to
 * OUT/<name>.html. One pthread per core; thread t takes the files t, t + T, t + 2T, ...
 * No templates, no front matter, no links checked, no other pages.
 *
 *   cc -O2 -o floor bench/floor.c $(pkg-config --cflags --libs libcmark-gfm) -lcmark-gfm-extensions -lpthread
 *   ./floor [-j THREADS] [-l] CONTENT_DIR OUT_DIR
 *
 * -l serialises cmark_parser_finish (the inline pass) across threads, as samverkan must with
 * Debian's cmark-gfm 0.29, whose strikethrough extension changes a global table during that pass;
 * without -l two threads may race there (output may then differ, timing is the bound).
 */
#define _GNU_SOURCE
#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char *extension_names[] = {"table", "strikethrough", "autolink", "tagfilter", "tasklist"};
static const int options = CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES | CMARK_OPT_VALIDATE_UTF8
    | CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES | CMARK_OPT_STRIKETHROUGH_DOUBLE_TILDE;

static char **paths;
static size_t path_count, path_capacity;
static const char *out_dir;
static int thread_count;
static int serialise_inlines;
static pthread_mutex_t inline_lock = PTHREAD_MUTEX_INITIALIZER;

struct result { size_t files, bytes_in, bytes_out; };

static void die(const char *what, const char *path) {
    fprintf(stderr, "floor: %s %s: %s\n", what, path, strerror(errno));
    exit(1);
}

static void add_path(char *path) {
    if (path_count == path_capacity) {
        path_capacity = path_capacity ? path_capacity * 2 : 1024;
        paths = realloc(paths, path_capacity * sizeof *paths);
        if (!paths) die("out of memory", "");
    }
    paths[path_count++] = path;
}

static int ends_with(const char *s, const char *suffix) {
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

/* content/meetings/<yyyy>/<name>.md, every year folder. */
static void find_meetings(const char *content) {
    char meetings[4096];
    snprintf(meetings, sizeof meetings, "%s/meetings", content);
    DIR *years = opendir(meetings);
    if (!years) die("cannot open", meetings);
    struct dirent *year;
    while ((year = readdir(years))) {
        if (year->d_name[0] == '.') continue;
        char folder[8192];
        snprintf(folder, sizeof folder, "%s/%s", meetings, year->d_name);
        DIR *files = opendir(folder);
        if (!files) continue;
        struct dirent *file;
        while ((file = readdir(files))) {
            if (file->d_name[0] == '.' || !ends_with(file->d_name, ".md")) continue;
            char *path;
            if (asprintf(&path, "%s/%s", folder, file->d_name) < 0) die("out of memory", "");
            add_path(path);
        }
        closedir(files);
    }
    closedir(years);
}

static char *read_file(const char *path, size_t *length) {
    int fd = open(path, O_RDONLY);
    if (fd < 0) die("cannot open", path);
    struct stat st;
    if (fstat(fd, &st) < 0) die("cannot stat", path);
    char *data = malloc((size_t)st.st_size + 1);
    if (!data) die("out of memory", path);
    size_t done = 0;
    while (done < (size_t)st.st_size) {
        ssize_t n = read(fd, data + done, (size_t)st.st_size - done);
        if (n < 0) die("cannot read", path);
        if (n == 0) break;
        done += (size_t)n;
    }
    close(fd);
    data[done] = 0;
    *length = done;
    return data;
}

/* The Markdown after a leading "---\n ... \n---\n" block. */
static const char *skip_front_matter(const char *text, size_t *length) {
    if (*length < 4 || strncmp(text, "---\n", 4) != 0) return text;
    const char *end = strstr(text + 3, "\n---\n");
    if (!end) return text;
    const char *body = end + 5;
    *length -= (size_t)(body - text);
    return body;
}

struct job { int thread; struct result result; };

static void *render_share(void *arg) {
    struct job *job = arg;
    for (size_t i = (size_t)job->thread; i < path_count; i += (size_t)thread_count) {
        size_t length;
        char *text = read_file(paths[i], &length);
        const char *markdown = skip_front_matter(text, &length);

        cmark_parser *parser = cmark_parser_new(options);
        for (size_t e = 0; e < sizeof extension_names / sizeof *extension_names; e++) {
            cmark_syntax_extension *extension = cmark_find_syntax_extension(extension_names[e]);
            if (extension) cmark_parser_attach_syntax_extension(parser, extension);
        }
        cmark_parser_feed(parser, markdown, length);
        if (serialise_inlines) pthread_mutex_lock(&inline_lock);
        cmark_node *document = cmark_parser_finish(parser);
        if (serialise_inlines) pthread_mutex_unlock(&inline_lock);
        char *html = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser));
        size_t html_length = strlen(html);

        const char *name = strrchr(paths[i], '/') + 1;
        char target[8192];
        snprintf(target, sizeof target, "%s/%.*s.html", out_dir, (int)(strlen(name) - 3), name);
        int fd = open(target, O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (fd < 0) die("cannot write", target);
        size_t done = 0;
        while (done < html_length) {
            ssize_t n = write(fd, html + done, html_length - done);
            if (n < 0) die("cannot write", target);
            done += (size_t)n;
        }
        close(fd);

        job->result.files++;
        job->result.bytes_in += length;
        job->result.bytes_out += html_length;
        cmark_get_default_mem_allocator()->free(html);
        cmark_node_free(document);
        cmark_parser_free(parser);
        free(text);
    }
    return NULL;
}

int main(int argc, char **argv) {
    int opt;
    thread_count = (int)sysconf(_SC_NPROCESSORS_ONLN);
    while ((opt = getopt(argc, argv, "j:l")) != -1) {
        if (opt == 'j') thread_count = atoi(optarg);
        else if (opt == 'l') serialise_inlines = 1;
        else { fprintf(stderr, "usage: floor [-j THREADS] [-l] CONTENT_DIR OUT_DIR\n"); return 2; }
    }
    if (argc - optind != 2) { fprintf(stderr, "usage: floor [-j THREADS] [-l] CONTENT_DIR OUT_DIR\n"); return 2; }
    if (thread_count < 1) thread_count = 1;
    out_dir = argv[optind + 1];
    if (mkdir(out_dir, 0755) < 0 && errno != EEXIST) die("cannot create", out_dir);

    cmark_gfm_core_extensions_ensure_registered();
    find_meetings(argv[optind]);

    pthread_t *threads = calloc((size_t)thread_count, sizeof *threads);
    struct job *jobs = calloc((size_t)thread_count, sizeof *jobs);
    for (int t = 0; t < thread_count; t++) {
        jobs[t].thread = t;
        if (pthread_create(&threads[t], NULL, render_share, &jobs[t]) != 0) die("cannot start thread", "");
    }
    size_t files = 0, bytes_in = 0, bytes_out = 0;
    for (int t = 0; t < thread_count; t++) {
        pthread_join(threads[t], NULL);
        files += jobs[t].result.files;
        bytes_in += jobs[t].result.bytes_in;
        bytes_out += jobs[t].result.bytes_out;
    }
    fprintf(stderr, "floor: %zu meetings, %zu bytes of Markdown -> %zu bytes of HTML, %d threads%s\n",
            files, bytes_in, bytes_out, thread_count, serialise_inlines ? ", inline pass serialised" : "");
    return 0;
}
