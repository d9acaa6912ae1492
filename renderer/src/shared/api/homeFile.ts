import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '@contract/operations';
import { invoke } from './client';

/** Saves text as a file through the browser's download (Electron asks where to save it). */
export function downloadText(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

export function useExportHome() {
  return useMutation({
    mutationFn: (input: InputOf<'homes.export'>) => invoke('homes.export', input),
    onSuccess: (exported) => downloadText(exported.fileName, exported.text),
  });
}

export function usePreviewImport() {
  return useMutation({
    mutationFn: (input: InputOf<'homes.importPreview'>) => invoke('homes.importPreview', input),
  });
}

/** An import or a deletion changes which homes exist and which is open, so everything is read again. */
export function useImportHome() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: InputOf<'homes.import'>) => {
      // Replacing a home deletes what it held: keep a backup first, so it can be restored.
      if (input.replaceHomeId !== null) await invoke('backups.create', {});
      return invoke('homes.import', input);
    },
    onSuccess: () => queryClient.invalidateQueries(),
  });
}

/** Which backups and other copies hold a home (each is opened to look): asked for on the delete section. */
export function useHomeCopies(id: number) {
  return useQuery({ queryKey: ['homes', id, 'copies'], queryFn: () => invoke('homes.copies', { id }) });
}

export function useDeleteHome() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'homes.delete'>) => invoke('homes.delete', input),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
