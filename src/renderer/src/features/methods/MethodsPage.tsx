import { MethodList } from './MethodList'
import { MethodView } from './MethodView'

/** #/methods: the list; #/methods/<id>: a method's page; #/methods/<id>/edit: its page with its fields open. */
export function MethodsPage({ params }: { params: string[] }) {
  const [id, mode] = params
  return id ? <MethodView id={id} editing={mode === 'edit'} /> : <MethodList />
}
