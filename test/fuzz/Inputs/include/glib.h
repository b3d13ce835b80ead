// Declaration-only stand-in for GLib 2.74 (Debian's libglib2.0-dev), which
// libsoup/soup.h brings: the types and the few functions the libsoup check
// tests use, with the names and signatures of the real <glib.h> and
// <glib-object.h>. It is not the upstream header.

#ifndef __G_LIB_H__
#define __G_LIB_H__

#include <fuzz_libc.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef char gchar;
typedef int gint;
typedef gint gboolean;
typedef unsigned int guint;
typedef unsigned char guchar;
typedef unsigned long gsize;
typedef long goffset;
typedef void *gpointer;
typedef const void *gconstpointer;
typedef unsigned int GQuark;
typedef void (*GDestroyNotify)(gpointer data);

#ifndef FALSE
#define FALSE (0)
#endif
#ifndef TRUE
#define TRUE (!FALSE)
#endif

typedef struct _GError {
  GQuark domain;
  gint code;
  gchar *message;
} GError;
typedef struct _GHashTable GHashTable;
typedef struct _GBytes GBytes;
typedef struct _GMainLoop GMainLoop;
typedef struct _GMainContext GMainContext;
typedef struct _GObject GObject;

gchar *g_strdup(const gchar *str);
void g_free(gpointer mem);
const gchar *g_intern_static_string(const gchar *string);
void g_error_free(GError *error);
gpointer g_hash_table_lookup(GHashTable *hash_table, gconstpointer key);
gboolean g_hash_table_contains(GHashTable *hash_table, gconstpointer key);
GBytes *g_bytes_new_static(gconstpointer data, gsize size);
void g_bytes_unref(GBytes *bytes);
GMainLoop *g_main_loop_new(GMainContext *context, gboolean is_running);
void g_main_loop_run(GMainLoop *loop);
void g_main_loop_unref(GMainLoop *loop);
void g_object_unref(gpointer object);

#ifdef __cplusplus
}
#endif

#endif // __G_LIB_H__
