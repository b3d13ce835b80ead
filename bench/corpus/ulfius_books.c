/* A reading list on ulfius: books added, listed, marked read and removed.
 * One endpoint holds a real finding, a status written as a number where
 * ulfius (through libmicrohttpd) names it. */
#include <ulfius.h>

#include <stdio.h>
#include <string.h>

#define BOOKS 32

struct book {
  char title[64];
  int read;
  int used;
};

static struct book Books[BOOKS];

static struct book *bookAt(const char *index) {
  if (index == NULL)
    return NULL;
  const int i = atoi(index);
  return i >= 0 && i < BOOKS && Books[i].used ? &Books[i] : NULL;
}

static int listBooks(const struct _u_request *request,
                     struct _u_response *response, void *data) {
  (void)data;
  const int unreadOnly = u_map_get(request->map_url, "unread") != NULL;
  json_t *list = json_array();
  if (list == NULL)
    return U_CALLBACK_ERROR;
  for (int i = 0; i < BOOKS; ++i)
    if (Books[i].used && !(unreadOnly && Books[i].read))
      json_array_append_new(list,
                            json_pack("{sisssb}", "id", i, "title",
                                      Books[i].title, "read", Books[i].read));
  if (json_array_size(list) == 0)
    ulfius_set_empty_body_response(response, MHD_HTTP_NO_CONTENT);
  else
    ulfius_set_json_body_response(response, MHD_HTTP_OK, list);
  json_decref(list);
  return U_CALLBACK_COMPLETE;
}

static int addBook(const struct _u_request *request,
                   struct _u_response *response, void *data) {
  (void)data;
  if (request->binary_body_length == 0 ||
      request->binary_body_length >= sizeof Books[0].title) {
    ulfius_set_string_body_response(response, MHD_HTTP_BAD_REQUEST,
                                    "title of 1 to 63 bytes");
    return U_CALLBACK_COMPLETE;
  }
  for (int i = 0; i < BOOKS; ++i) {
    if (Books[i].used)
      continue;
    memcpy(Books[i].title, request->binary_body, request->binary_body_length);
    Books[i].title[request->binary_body_length] = '\0';
    Books[i].read = 0;
    Books[i].used = 1;
    char where[32];
    snprintf(where, sizeof where, "/books/%d", i);
    ulfius_add_header_to_response(response, MHD_HTTP_HEADER_LOCATION, where);
    ulfius_set_string_body_response(response, MHD_HTTP_CREATED, where);
    return U_CALLBACK_COMPLETE;
  }
  ulfius_set_string_body_response(response, 507, "shelf full"); /* Finding. */
  return U_CALLBACK_COMPLETE;
}

static int markRead(const struct _u_request *request,
                    struct _u_response *response, void *data) {
  (void)data;
  struct book *b = bookAt(u_map_get(request->map_url, "id"));
  if (b == NULL) {
    ulfius_set_string_body_response(response, MHD_HTTP_NOT_FOUND, "no book");
    return U_CALLBACK_COMPLETE;
  }
  b->read = 1;
  ulfius_set_empty_body_response(response, MHD_HTTP_NO_CONTENT);
  return U_CALLBACK_COMPLETE;
}

static int removeBook(const struct _u_request *request,
                      struct _u_response *response, void *data) {
  (void)data;
  struct book *b = bookAt(u_map_get(request->map_url, "id"));
  if (b == NULL) {
    ulfius_set_string_body_response(response, MHD_HTTP_NOT_FOUND, "no book");
    return U_CALLBACK_COMPLETE;
  }
  b->used = 0;
  ulfius_add_header_to_response(response, MHD_HTTP_HEADER_CACHE_CONTROL,
                                "no-store");
  ulfius_set_empty_body_response(response, MHD_HTTP_NO_CONTENT);
  return U_CALLBACK_COMPLETE;
}

int main(void) {
  struct _u_instance instance;
  if (ulfius_init_instance(&instance, 8088, NULL, NULL) != U_OK)
    return 1;
  ulfius_add_endpoint_by_val(&instance, "GET", "/books", NULL, 0, listBooks,
                             NULL);
  ulfius_add_endpoint_by_val(&instance, "POST", "/books", NULL, 0, addBook,
                             NULL);
  ulfius_add_endpoint_by_val(&instance, "PUT", "/books", "/:id/read", 0,
                             markRead, NULL);
  ulfius_add_endpoint_by_val(&instance, "DELETE", "/books", "/:id", 0,
                             removeBook, NULL);
  if (ulfius_start_framework(&instance) != U_OK) {
    ulfius_clean_instance(&instance);
    return 1;
  }
  getchar();
  ulfius_stop_framework(&instance);
  ulfius_clean_instance(&instance);
  return 0;
}
